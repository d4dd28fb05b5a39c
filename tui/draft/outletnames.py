"""What a news outlet's name looks like, in one place.

The attribution asks whether a source it read off a sentence is an outlet ("told the
Yorkshire Post"); the actor finder asks whether a run of capitalised words is one ("The
Hollywood Reporter reported"). Both read the same two signs: the word a newspaper's,
magazine's or station's name ends in, and the ending of a web address ("shz.de"). The
two readings share the core of the first list; each adds words the other does not use
(joined, the lists change drafts of the corpus).
"""

from __future__ import annotations

__all__ = ["COMPOUND_HEADS_DE", "NAME_HEADS", "SOURCE_HEADS", "WEB_ENDINGS"]

_HEADS = (
    "Zeitung|Post|Times|Journal|Herald|Tribune|Gazette|Telegraph|Observer|Chronicle|Kurier"
    "|Rundschau|Allgemeine|Nachrichten|Anzeiger|Tagblatt|Reporter|Courier|Examiner|Echo"
)
SOURCE_HEADS = _HEADS + "|Allgemeinen|Magazin|Magazine|Radio|TV|FM"
"""Regular-expression alternatives: the last word of a source's name that makes it an
outlet."""
NAME_HEADS = (
    _HEADS + "|News|Express|Daily|Today|Presse|Mirror|Inquirer|Dispatch|Sentinel|FM|Radio|TV"
    "|Bulletin|Recorder|Advocate|Ledger|Enquirer|Courant"
)
"""Regular-expression alternatives: the last word of a run of capitalised words that
names an outlet."""

COMPOUND_HEADS_DE = (
    "post|zeitung|blatt|spiegel|stimme|kurier|rundschau|anzeiger|nachrichten|presse|echo"
    "|bote|woche|welt|merkur|tagblatt"
)
"""Regular-expression alternatives, lowercase: how a German paper's name ends as the last
part of a compound ("Münchner Morgenpost", "Hamburger Abendblatt", "Tagesspiegel",
"Volksstimme", "Die Welt")."""

WEB_ENDINGS = r"de|at|ch|com|net|org|co\.uk|uk|eu|news|info|fr|it|es|nl|ie|be|in|ng|au|ca|us"
"""Regular-expression alternatives: the top-level domains of outlets' web addresses."""
