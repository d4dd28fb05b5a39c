"""Organisations and media the gazetteer does not list, recognised by the shape of their names.

- Acronyms ("GDL", "APEC", "RSF-Miliz" -> "RSF"): two to six capitals that are not a
  country the gazetteer knows, a Roman numeral or a common abbreviation ("AI", "CEO").
- Names ending in a word that names a body: German compounds by their last part
  ("Bundesamt", "Wetterdienst", "Gewerkschaft", "Generalstab"), with the capitalised
  adjectives before them ("Statistischen Bundesamts", "Deutschen Wetterdienst"); English
  runs of capitalised words holding one ("Office for National Statistics", "Home Office",
  "Bank of America", "European Space Agency").
- Outlets named after the word that says what they are ("Nachrichtenagentur Interfax",
  "news agency Xinhua", "broadcaster NHK") and media nobody names ("russische
  Nachrichtenagenturen", "staatliche Medien", "Medienberichten", "news agencies",
  "state media").

Each hit carries its kind, its offsets in the sentence and the name as written; a
hyphenated compound keeps only its name part ("RSF-Miliz" -> "RSF").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from tui.currencies import ISO_CURRENCIES
from tui.draft.outletnames import NAME_HEADS, WEB_ENDINGS

__all__ = [
    "BodyMention",
    "find_bodies",
    "is_body_head",
    "is_kind_of_body",
    "is_known_outlet",
    "name_after_head",
    "names_a_kind",
    "strong_name",
    "ticker_spans",
]

_NOT_ACRONYMS = frozenset(
    "AI KI CEO CFO GDP BIP TV PR OK II III IV VI VII VIII IX XI XII USB DNA DNS COVID MAX PS"
    " KW MW GW UTC GMT AM PM ID IT PC SMS PDF CO FAQ HIV AIDS SUV LNG WM EM DM"
    " EPS EBIT EBITDA CPI PPI IPO ETF ROI ROE CAGR YOY QOQ".split()
)
"""Capitals that are no body: units, titles, diseases, championships ("WM", "EM") and
measures of a business's results ("EPS", "EBITDA", "IPO")."""
_AMOUNT_AFTER = re.compile(r"\s?\d")
"""A number right after a word: after a currency code, the amount it counts."""
_ACRONYM = re.compile(
    r"(?<![\w.-])([A-ZÄÖÜ]{2,6})(?=-[A-ZÄÖÜa-zäöü]|\b)(?!\.\w)(?!['\u2019](?!s\b)\w)"
)
"""A body's initials ("NATO", "IG-Metall-Chef"), also as an owner ("the CDC's director")."""
_DOTTED_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){3,6}(?!\w)")
"""A body's initials written with full stops, as some papers do ("the F.B.I.", "C.I.A.
officials"); three letters at least ("U.S." and "U.K." are states the gazetteer knows)."""
_CAPITAL_WORD_AFTER = re.compile(r"\s+(?P<word>[A-Z][a-z]+)")
_DE_HEADS = (
    "bank", "amt", "amts", "institut", "instituts", "ministerium", "ministeriums", "behörde",
    "gericht", "gerichts", "gewerkschaft", "partei", "agentur", "verband", "verbands",
    "konzern", "konzerns", "aufsicht", "dienst", "dienstes", "stab", "stabs", "luftwaffe",
    "marine", "polizei", "kommission", "parlament", "parlaments", "universität", "hochschule",
    "stiftung", "sparkasse", "krankenkasse", "vorstand", "betriebsrat", "bundesrat", "kabinett",
    "krankenhaus", "krankenhauses", "bergwacht", "wasserwacht",
    "präsidialamt", "präsidialamts",
    "staatsanwaltschaft", "zentralbank", "notenbank", "armee", "miliz", "feuerwehr",
    "bundeswehr", "bund", "bunds", "bundes", "klinikum", "uniklinik", "verwaltung",
    "gerichtshof", "verein", "klinik", "landtag", "kreistag", "kammer", "rat", "senat",
    "landkreis", "genossenschaft", "akademie", "stadtwerke", "landesregierung",
    "staatsregierung", "staatskanzlei", "senatsverwaltung", "städtetag", "landkreistag",
    "gemeindetag", "fraktion", "ausschuss", "ausschusses", "präsidium", "kuratorium",
    "bürgerinitiative", "tierpark", "zoo", "museum", "theater", "bibliothek", "hilfswerk",
    "verbraucherzentrale", "bundeszentrale", "landeszentrale", "ingenieurbüro", "planungsbüro",
    "gutachterbüro", "architekturbüro", "anwaltskanzlei", "landesbetrieb",
)  # fmt: skip
"""Last parts of German compounds that name a body: a parliament ("Landtag"), a court
("Staatsgerichtshof"), an association ("Förderverein"), a council ("Ethikrat")."""
_NOT_BODIES = frozenset(
    "brandstiftung anstiftung unruhestiftung verbund schlüsselbund staatenbund"
    " hochverwaltung selbstverwaltung zwangsverwaltung".split()
)
"""Common nouns that end like a body ("Brandstiftung" is arson, not a foundation; a
"Landrat" is a person's office)."""
_NOT_BODY_ENDINGS = (
    "okrat", "parat", "drat", "pirat", "erat", "vorrat", "heirat", "hausrat", "unrat",
    "zierrat", "karat", "landrat", "regierungsrat", "studienrat", "hofrat", "kreisrat",
    "herzkammer", "dunkelkammer", "schatzkammer", "speisekammer", "rumpelkammer",
)  # fmt: skip
"""Words that end like a council or a chamber without being one ("Demokrat", "Apparat",
"Quadrat", "Referat", "Vorrat", "Herzkammer"), and offices of one person ("Landrat")."""
_ARTICLES = frozenset(
    "der die das den dem des Der Die Das Den Dem Des ein eine einer eines einem einen Ein"
    " Eine Einer Eines Einem Einen".split()
)
_POINTING_HEADS = frozenset(
    "verein klinik kammer rat landkreis akademie genossenschaft gerichtshof fraktion"
    " ausschuss präsidium kuratorium".split()
)
"""Heads that with an article alone point back at the body named before ("der Verein"
after the club, "die Kammer" after the court)."""
_ANAPHORIC_HEADS = frozenset(
    "bank amt institut ministerium behörde gericht gewerkschaft partei agentur verband"
    " konzern aufsicht dienst stab kommission parlament universität hochschule stiftung"
    " zentralbank notenbank miliz klinikum uniklinik verwaltung verein klinik kammer rat"
    " senat landkreis genossenschaft akademie gerichtshof armee marine luftwaffe fraktion"
    " landesregierung ausschuss präsidium kuratorium".split()
)
"""Heads that, alone and with no article, adjective or name, name a department or a kind
of body ("Verwaltung und Vertrieb", "Gericht und Polizei"), not a body: with an article
they point back at one ("die Behörde"). "Polizei", "Feuerwehr", "Betriebsrat" or
"Landtag" alone do name the one body of their kind in the story."""
_EN_HEADS = frozenset(
    "office agency bank ministry department party institute university council commission"
    " court authority service observatory fund organisation organization association"
    " committee foundation corporation board bureau administration agency police army"
    " navy force forces guard parliament assembly senate tribunal school college"
    " laboratory group alliance league federation trust union hospital club coalition"
    " network centre center survey exchange theatre theater museum gallery orchestra opera"
    " library zoo water power gas electric energy rail telecom"
    " homes industries systems partners foods motors airlines airways pharmaceuticals"
    " technologies networks communications resources brands holdings labs"
    " capital markets securities investments ventures advisors advisers"
    " confectionery bakery bakeries brewery breweries distillery dairy dairies seafood"
    " logistics shipping mining chemicals textiles petroleum insurance"
    " society academy institution guild chamber confederation consortium cooperative"
    " friends".split()
)
"""Heads of a body's name: a public body ("Office", "Council"), a venue that acts as one
("the Lantern Theatre will close", as German "Theater" and "Museum" do), a utility
("Severnside Water", "Northern Rail", "Coastal Power") or, in the plural, a
company's line of business ("Strata Homes", "Acme Industries", "QC Partners"; a trade
named as a mass noun: "Halvorsen Confectionery", "Skagen Seafood", "Nordic Shipping"), and the
words a bank's or a fund's arm ends in ("Scotia Capital", "RBC Capital Markets")."""
_EN_JOINS = frozenset({"of", "for", "on"})
_TIME_NAMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April"
    " June July August September October November December".split()
)
"""Days and months: "on Monday" after a body's name says when, and is no part of it."""
_MEDIA_WORDS = frozenset({"Nachrichtenagentur", "Agentur", "Staatsagentur"})
_DETERMINERS = frozenset(
    "Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Diese Dieser Dieses Jede Jeder"
    " Seine Ihre Unsere Keine".split()
)


def _is_noun(word: str) -> bool:
    from tui.draft.nouns import is_common_noun, is_proper_name

    return is_common_noun(word) or is_proper_name(word)


def _named(word: str) -> bool:
    """A capitalised word that is not a German common noun: part of a body's name."""
    from tui.draft.nouns import is_common_noun

    return not is_common_noun(word) and not _de_head(word)


_DE_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es|em)\Z")
_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
_OUTLET_NAME = re.compile(
    rf"\b(?P<name>(?:[A-Z][\w-]+\s+){{1,3}}(?:[A-ZÄÖÜ][a-zäöüß]+-)?(?:{NAME_HEADS}))\b"
)
"""An outlet by the shape of its name ("Hindustan Times", "Kyiv Post", "The Hollywood
Reporter")."""
_WIRE = re.compile(
    r"\((?P<names>[A-Za-z]{2,10}(?:-[A-Z]{2,6})?(?:\s*/\s*[A-Za-z]{2,10}(?:-[A-Z]{2,6})?)*)\)"
    r"\s*[-\N{EN DASH}\N{EM DASH}]"
)
"""Agencies in a wire dateline: "(MNA) -" (or an en or em dash after it)."""
_PLATFORM = re.compile(
    r"(?<![\w-])(?:auf|bei|über|via|on|in\s+a|in\s+an)\s+"
    r"(?:(?:seinem|seiner|ihrem|ihrer|dem|der|its|his|her|their|the)\s+(?:[\w-]+\s+)?)?"
    r"(?P<name>Twitter|Facebook|Instagram|TikTok|YouTube|LinkedIn|Telegram|Mastodon|Bluesky"
    r"|Threads|Weibo|Truth\s+Social)(?![\w-])"
)
"""A platform something was said or posted on ("schreibt der DWD auf Twitter", "said on
Facebook", "in a post on Instagram"): the outlet the words reached the public through,
as a paper is; named otherwise ("Facebook's owner") it stays the company."""
_EDITORS_INITIALS = re.compile(r"[a-z]{2}")
"""Two lowercase letters after the agency in a credit ("(dpa/dk)", "(AFP/mh)"): the
initials of the editor who wrote it up, no outlet (an agency's regional service has
three: "dpa/lnw")."""
_MEDIA_AFTER = re.compile(
    r"(?<![\w-])(?P<name>[a-zA-Z][a-z]{1,5}|[A-Z]{2,6})\s+(?:Nachrichtenagentur|news\s+agency)\b"
)
"""An agency named before the word ("dts Nachrichtenagentur")."""
_NEWSROOMS_OWN = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÄÖÜ]{2,6})-(?:Informationen|Recherchen|Artikel|Artikels"
    r"|Leitartikel|Redaktion)\b"
    r"|\baus\s+der\s+(?P<read>[A-ZÄÖÜ]{2,6})\s+(?:\w+\s+)?(?:erfahren|erfuhr|erfuhren)\b"
)
"""A newsroom's own reporting or writing named by its initials ("nach FTD-Informationen",
"laut NDR-Recherchen", "ein FAZ-Artikel"), or the paper someone learned a thing from ("aus
der HNA erfahren"): only an outlet has information, research and articles so named."""
_AGENCY_SERVICE = re.compile(
    r"(?<![\w-])(?P<agency>[A-Za-z]{2,10})-(?P<service>[A-Z]{2,6})(?![\w-])"
)
"""An agency's service named by the agency and its own initials ("dpa-AFX"): one outlet,
not the agency; a common noun after the hyphen ("AFP-Reporter") leaves the agency."""
_GROUP_BEFORE = re.compile(
    r"\b(?:Gruppe|Bewegung|Organisation|Initiative|group|movement|campaign)\s+"
    r"(?P<name>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,3})"
)
_MEDIA_BEFORE = re.compile(
    r"(?:\b(?:Nachrichtenagentur|Agentur|Staatsagentur|Zeitung|Tageszeitung|Magazin|Sender"
    r"|Fernsehsender|Fachjournal|Fachzeitschrift|Plattform|Medienkonzern|Mediengruppe"
    r"|Medienhaus)"
    r"|\b(?:news\s+agency|agency|newspaper|broadcaster|magazine|journal|network|outlet"
    r"|tabloid|daily|platform|media\s+(?:giant|group|company|conglomerate)"
    r"|newspaper\s+(?:group|chain|publisher)))\s+[\u201e\u201c\"]?"
    r"(?P<name>(?:[A-ZÄÖÜ][\w-]*)(?:\s+(?:(?:&|and)\s+)?[A-ZÄÖÜ][\w-]*){0,3})"
)
"""An outlet after the word for its kind, perhaps in quotation marks ("die Fachzeitschrift
„Nature Ecology & Evolution“", "the newspaper Daily Courier")."""
_MEDIA_APPOSED = re.compile(
    r"\b(?:station|radio\s+station|broadcaster|newspaper|paper|magazine|channel|Sender"
    r"|Radiosender|Zeitung|Lokalzeitung|Magazin),\s+(?:the\s+|der\s+|die\s+|das\s+)?"
    r"[\u201e\u201c\"]?(?P<name>[A-ZÄÖÜ][\w-]*(?:\s+(?:&\s+)?[A-ZÄÖÜ][\w-]*){0,3})"
    r"[\u201c\u201d\"]?,"
)
"""An outlet set off by commas after the word for its kind ("His station, Coast FM, said",
"ihre Zeitung, der „Kreisbote“,"): the name is the outlet's."""
_DOMAIN = r"(?P<{}>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:" + WEB_ENDINGS + r"))(?![\w/@-]|\.\w)"
_WEB_OUTLET = re.compile(
    r"(?:\b(?:[Nn]achfrage|[Aa]nfrage)\s+(?:von|bei)|\bgegenüber|\b[Ll]aut|\btold|\btelling"
    r"|\b[Aa]ccording\s+to|\breported\s+by|\bsagte\s+(?:\w+\s+){0,3}?dem\s+Portal)\s+"
    r"(?:(?:dem|the)\s+)?(?:(?:Portal|Nachrichtenportal|website|news\s+site)\s+)?"
    + _DOMAIN.format("name")
    + r"|(?<![\w@./:-])"
    + _DOMAIN.format("name2")
    + r"(?=\s+(?:berichtet|berichtete|schreibt|schrieb|meldet|meldete|reported|reports|writes"
    r"|wrote)\b)"
)
"""An outlet by its web address where the sentence cites it ("auf Nachfrage von shz.de",
"told example.com", "laut t-online.de", "example.de berichtete"): newsrooms that publish
online go by their domain. A domain elsewhere ("Tickets gibt es auf bahn.de") is a site."""
_SAINT_BODY = re.compile(
    r"\b(?P<name>(?:St\.?|Saint|Sankt|Ste)\s+[A-Z][\w-]+(?:['\u2019]s)?"
    r"(?:\s+(?:[A-Z][a-z]+\s+){0,2}(?:Primary|Secondary|School|Academy|College|Hospital"
    r"|Infirmary|Hospice|Church|Cathedral|Chapel|Abbey|Schule|Gymnasium|Grundschule|Kirche"
    r"|Klinik|Krankenhaus|Hospital))?)(?![\w-])"
)
"""A school, a church or a hospital named after a saint ("St Anne's Primary", "St Mary's
Hospital", "Sankt Georg Kirche"): a body, never the saint."""
_NEWSROOM_DEED = re.compile(
    r"(?:\A|(?<=[.!?:;,\u201c\"]\s)|(?<=\band\s)|(?<=\bbut\s))(?P<the>The\s+)?"
    r"(?P<name>[A-Z][a-z]{2,})"
    r"\s+(?:(?:had|has|first|also|previously|recently)\s+){0,2}"
    r"(?:reported|revealed|conducted|obtained|tipped|surveyed|polled|interviewed|contacted"
    r"|reviewed|analy[sz]ed|broke\s+the\s+news)"
    r"(?=\s+(?:that|on|a|an|the|its|\d)\b|\s*[.,\u201c\"])"
    r"|\b(?:told|telling)\s+(?P<told>[A-Z][a-z]{2,})(?=\s+(?:that|on|in|last|this|it|he|she"
    r"|they|the)\b|\s*[.,:;\u201c\"])"
)
"""An outlet whose name is a plain word ("Nature", "Variety", "The Stage"), known by a
newsroom's deed ("Nature conducted a survey", "Variety had tipped the film", "…, The Stage
reported") or as whom a speaker told ("told Variety that"). A singular common word does no such deed
itself; names and plurals ("Researchers reported") are left to other rules."""


def _newsroom_deeds(sentence: str, found: list[BodyMention]) -> None:
    from tui.draft.gazetteer import gazetteer
    from tui.draft.nouns import is_english_common_word, is_english_plural_noun

    for match in _NEWSROOM_DEED.finditer(sentence):
        group = "name" if match.group("name") else "told"
        word = match.group(group)
        folded = word.casefold()
        if (
            not is_english_common_word(word)
            or is_english_plural_noun(word)
            or folded in _EN_HEADS
            or word in _NOT_NAME_STARTS
            or word in _EN_FUNCTION_WORDS
            or gazetteer().is_group(word)
            or gazetteer().is_role(word)
        ):
            continue
        start, end = match.span(group)
        if group == "name" and match.group("the"):
            start = match.start("the")  # "The Stage": the article is part of the name
        found.append(BodyMention(sentence[start:end], "media", start, end))


_TOLD_THE = re.compile(
    r"\b(?:told|telling|tells)\s+the\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})"
)
"""Who was told, with an article and a proper name, is an outlet ("told the Sacramento
Bee", "told the Western Mail"): a person is told without "the", and a body told something
("told the Senate") has a head noun."""
_REPORTED_BY = re.compile(
    r"\b(?:reported|broadcast|aired|first\s+reported)\s+by\s+"
    r"(?P<name>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})(?=[,.;:]|\s+[a-z(]|\Z)"
)
"""What an outlet carried, with its name after "by" ("her statement, reported by Harbour
Daily", "as first reported by Kentwick Live"): whoever reports is a news outlet."""
_TOLD_BEFORE_COLON = re.compile(
    r"\b(?:told|tells)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,3}):\s*[\"\u201c\u2018']"
)
"""Whom a quotation was given to, named by two capitalised words or more right before a
colon and the quotation ("told Radio Kentwick North: “…”"): a programme or an outlet; a
person told so is named with a verb of asking or in prose."""
_CALENDAR_WORD = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b"
)
_TOLD_NOT = frozenset({"House", "Commons", "Lords", "Court", "Congress", "Parliament"})
_MEDIA_NOUN_AFTER = re.compile(
    r"\b(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+(?:newspaper|daily|tabloid|broadcaster"
    r"|magazine|weekly)\b"
)
"""An outlet named before what it is ("Britain's Times newspaper")."""
_UNNAMED_MEDIA = re.compile(
    r"\b(?:(?P<adj>[a-zäöü]+(?:e|en|er))\s+)?(?P<noun>Nachrichtenagenturen|Staatsmedien"
    r"|Medienberichten|Medienberichte|Medienberichts|Medienbericht|Zeitungsberichts"
    r"|Zeitungsberichten|Zeitungsberichte|Zeitungsbericht|Presseberichten|Presseberichte"
    r"|Medien(?=\s|[,.;:]))"
    r"|\b(?:(?P<adj_en>state|state-run|[A-Z][a-z]+)\s+)?(?P<noun_en>news\s+agencies"
    r"|media\s+reports|state\s+media|newspaper\s+reports|press\s+reports)\b"
    r"|\b(?P<nation>[A-Z][a-z]+(?:an|ese|ish|ch|ian|i))\s+(?:state\s+)?(?:radio|television|TV"
    r"|press|media)\b"
)


_COMPANY = re.compile(
    r"\b(?P<name>(?:(?:[A-ZÄÖÜ][\w&'-]*|&)\s+){1,4}(?:Inc|Corp|Corporation|Co|Ltd|Limited|plc|PLC|LLC"
    r"|GmbH|AG|SE|KGaA|N\.V|S\.A|Holdings)\b\.?)"
)
"""A company by its legal form ("Northwind Logistics Inc.", "FedEx Corp.", "Siemens AG"):
the whole run of capitalised words before it is the name, never a person's."""
_CO_NAME = r"(?P<name>[A-Z][\w&+-]*[a-z0-9&](?:\s+(?:&\s+)?[A-Z][\w&+-]*[a-z0-9&]){0,2})"
"""A company's name, up to three capitalised words, a "+" or "&" inside one
("Kuehne+Nagel", "AT&T") part of it."""
_DUMMY_IT = (
    r"\s+(?:is|was|had|has|would\s+be|will\s+be)\s+(?:not\s+)?(?:yet\s+to\s+be"
    r"|too\s+(?:early|soon)|(?:un)?clear|(?:im)?possible|important|necessary|time)\b"
)
"""What "it" opens when it stands for no one ("said it had yet to be decided", "said it
was too early to say", "said it was unclear whether"): the speaker may be a person."""
_COMPANY_CONTEXT = re.compile(
    r"\b(?i:shares|stock|stake|shareholders)\s+(?:of|in)\s+" + _CO_NAME + r"\b"
    r"|-based\s+" + _CO_NAME.replace("name", "based") + r"\b"
    r"|(?<![\w-])"
    + _CO_NAME.replace("name", "subject")
    + r"(?:\s+(?:said|says)\s+it\b(?!"
    + _DUMMY_IT
    + r")|(?:'s|\u2019s)\s+(?:shares|stock)\b)"
    r"|(?<![\w-])(?<!until )(?<!since )(?<!before )(?<!after )(?<!in )(?<!on )(?<!at )(?<!by )"
    + _CO_NAME.replace("name", "which").replace("{0,2}", "{1,2}")
    + r",\s+which\s+(?:advises|owns|makes|sells|runs|operates|employs|trades|builds)\b"
)
"""A company by what only a company does or has: shares traded, a base somewhere ("the
Kansas-based Acme Freight"), "said it" of itself, "which" after its name. A person has
no shares of their own, is "based" nowhere in this sense, says "he" or "she", and is
"who", not "which", that advises, owns or sells."""
_COMPANY_DEEDS = re.compile(
    r"(?<![\w'\u2019-])" + _CO_NAME + r"(?:\s+[a-z]+(?:ed|s)\s+its\b"
    r"|,?\s+(?:was\s+|were\s+)?(?:founded|established|incorporated|set\s+up)\s+in\s+(?:[A-Z]\w+\s+in\s+)?\d)"
    r"|\b(?:[Aa]n?)\s+"
    + _CO_NAME.replace("name", "issuer")
    + r"\s+(?:report|study|survey|inspection|analysis|poll|audit|review)\b"
)
"""A company or an agency by what a person does not do: "Lumen unveiled its new phone"
(a person's is "his" or "her"), "Lumen was founded in 2017" (a person is born), "an
Ofsted report" (a body issues reports under its name)."""
_TICKER = re.compile(
    r"\(\s*(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|AMEX|OTC|OTCQX|XETRA|Xetra|FWB|SIX|Euronext"
    r"|TSE|HKEX|NYSE\s+American)\s*:\s*(?:[A-Z][A-Z0-9.\-]{0,6})?\s*\)"
)
"""A stock ticker in brackets ("(NYSE:FDX)"), also one whose symbol the copy lost
("(NASDAQ:)"): neither the exchange nor the symbol is an actor of the story."""


_OPENERS = frozenset({"The", "A", "An", *_DETERMINERS})


def is_known_outlet(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as an outlet or agency ("dpa", "AFP")."""
    return _is_outlet(name)


def _is_outlet(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as an outlet or agency."""
    from tui.draft.gazetteer import gazetteer

    return any(
        m.entry.kind == "media" and m.start == 0 and m.end == len(name)
        for m in gazetteer().find(name)
    )


_NATIONS = re.compile(r" (?:England|Scotland|Wales|Northern Ireland|Cymru)\b")
"""The nations of the United Kingdom, which are no states in the country data."""


_NATIONAL_BODY = re.compile(
    r"\b(?P<name>(?P<first>[A-Z][a-z]+) (?:England|Scotland|Wales|Northern Ireland))\b"
)
"""A body of one of the nations of the United Kingdom named by what it does and the
nation ("Transport Scotland", "Historic England", "Police Scotland")."""
_NOT_NATIONAL_BODY = frozenset(
    "In From To Across Throughout For New North South East West Northern Southern Eastern"
    " Western Central Rural Greater Modern Independent Of And Or The In Inside Outside".split()
)


def _national_branch(sentence: str, end: int, known: frozenset[str]) -> int:
    """How far a body's national branch runs after its initials ("NHS England", "WWF
    Deutschland"): a nation or a country written right after them; 0 for none."""
    nation = _NATIONS.match(sentence, end)
    if nation is not None:
        return nation.end() - end
    after = re.match(r" ([A-ZÄÖÜ][\w-]+)", sentence[end:])
    if after is not None and after.group(1) in known and not after.group(1).isupper():
        from tui.draft.gazetteer import gazetteer

        states = [m for m in gazetteer().find(after.group(1)) if m.name and m.entry.kind == "state"]
        if states and states[0].end == len(after.group(1)):
            return after.end()
    return 0


_CAMEL_CASE = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]{2,}(?:[A-Z][a-z]+)+)(?![\w-])")
"""A brand written with a capital inside ("ScotRail", "YouTube"): a company's or a
platform's name, never a person's."""
_CAMEL_OUTLET_END = re.compile(r"(?<=[a-z])(?:News|Sport|Post|Times|Radio|Online|Nachrichten)\Z")
"""A brand whose last part says it is a newsroom or a channel ("SpaceNews",
"MagentaSport", "HuffPost"): an outlet."""
_NAME_PREFIXES = ("Mac", "Fitz", "Van", "Von", "Della", "Del", "Den", "Las", "Los", "San")
"""Surnames written so ("MacDonald", "FitzGerald", "VanDyke") are people."""


_KIND_BEFORE = re.compile(
    r"\b(?:union|charity|think[- ]?tank|airline|retailer|carmaker|automaker|lender|insurer"
    r"|regulator|watchdog|firm|company|start-?up|NGO|club|party|foundation|consultancy"
    r"|supermarket|chain|operator|developer|manufacturer|supplier|utility|producer"
    r"|(?P<bare>service|agency|maker|bank|broadcaster|publisher|pollster|platform|brand"
    r"|association|organi[sz]ation|group|network|institute|body|council|authority"
    r"|inspectorate))"
    r"(?P<comma>,)?\s+(?P<name>[A-Z][\w&'\u2019-]*(?:\s+(?:[A-Z][\w&'\u2019-]*|&)){0,3})"
)
"""A body named after the word for what it is ("the union Unite", "Britain's biggest
union, Unite,", "the charity Shelter", "the conciliation service Acas"): the kind of body
tells that the name is no person's. After the kinds in group ``bare`` a name between
commas is often the body's officer ("the head of the port authority, Maria Lindqvist,"),
so only a name right after them counts."""
_NOT_NAME_STARTS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April"
    " May June July August September October November December On In At As The A An It"
    " He She They We I This That But And Or If When Chief President Director"
    " My Our Your His Her Its Their".split()
)
"""Words that start no name: days, months, pronouns, possessives ("My coach said"),
articles, conjunctions and offices."""


_KIND_AFTER = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)\s+(?:campaign|charity"
    r"|pressure\s+group|think\s+tank|consortium|residents'\s+association|action\s+group"
    r"|(?:(?:folk|music|film|arts|literary|book|jazz|food|beer)\s+)?festival)\b"
)
"""A body named before the word for what it is ("the Save Preston Library campaign",
"the Resolution Foundation think tank"), and a festival, a body its organisers run ("the
Wenlock folk festival")."""


_BUSINESS_AFTER = re.compile(
    r"\bthe\s+(?P<name>(?:[A-Z][\w&'\u2019-]*\s+){0,2}[A-Z][\w&'\u2019-]*)\s+(?:building"
    r"\s+society|bank|lender|insurer|retailer|carmaker|airline|pollster|supermarket|brewer"
    r"|broker|utility|chain|operator)\b(?!['\u2019]s)"
)
"""A business named before the word for its trade, with "the" ("figures from the
Nationwide building society", "the Acme carmaker"): the trade tells that the name is a
firm's. A place or a nation's adjective there ("the London lender", "the German
carmaker") is the gazetteer's and wins."""


def _business_after(sentence: str, found: list[BodyMention]) -> None:
    for match in _BUSINESS_AFTER.finditer(sentence):
        name = match.group("name")
        words = name.split()
        if words[0] in _NOT_NAME_STARTS or any(w.endswith("-based") for w in words):
            continue
        found.append(BodyMention(name, "organisation", *match.span("name")))


_NAMED_FESTIVAL = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:(?:Film|Music|Arts|Book|Jazz|Folk"
    r"|Literary|Fringe|International)\s+)?Festival)(?![\w-])"
)
"""A festival named in title case ("the Venice Film Festival", "Glastonbury Festival"):
the body its organisers run, with its head word in the name."""


def _named_festivals(sentence: str, found: list[BodyMention]) -> None:
    for match in _NAMED_FESTIVAL.finditer(sentence):
        words = match.group("name").split()
        while len(words) > 1 and (words[0] in _OPENERS or words[0] in _NOT_NAME_STARTS):
            words.pop(0)
        if len(words) < 2:
            continue
        name = " ".join(words)
        found.append(
            BodyMention(name, "organisation", match.end("name") - len(name), match.end("name"))
        )


def _kind_after(sentence: str, found: list[BodyMention]) -> None:
    _business_after(sentence, found)
    _named_festivals(sentence, found)
    for match in _KIND_AFTER.finditer(sentence):
        start = match.start("name")
        name = match.group("name")
        first = name.split(" ", 1)[0]
        if first in _OPENERS:
            if " " not in name:
                continue
            start += len(first) + 1
            name = name[len(first) + 1 :]
        found.append(BodyMention(name, "organisation", start, start + len(name)))


def _kind_before(sentence: str, found: list[BodyMention]) -> None:
    for match in _KIND_BEFORE.finditer(sentence):
        name = match.group("name")
        words = name.split()
        if words[0] in _NOT_NAME_STARTS:
            continue
        if match.group("comma") and not sentence[match.end("name") :].startswith(","):
            continue  # "…union, Unite, said": only a name set between commas
        if match.group("comma") and match.group("bare"):
            continue  # "the head of the port authority, Maria Lindqvist,": a person
        start = match.start("name")
        found.append(BodyMention(name, "organisation", start, start + len(name)))


_ONE_WORD_WHICH = re.compile(
    r"(?:^|(?<=[.;:] )|(?<=, ))(?P<name>[A-Z][a-z]+[a-z0-9]),\s+which\s+(?:advises|owns|makes"
    r"|sells|runs|operates|employs|trades|builds)\b"
)
"""A company of one word that opens its clause, by what it does ("Arianespace, which
operates the rocket, plans …")."""


_STATES_FIRM = re.compile(
    r"\b(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['\u2019]s\s+(?P<name>[A-Z][a-z]+[a-z0-9])"
    r"(?![\w'\u2019-]|\s+[A-Z])"
)
_TRADE_IN_SENTENCE = re.compile(
    r"\b(?:maker|makers|company|companies|firm|firms|group|groups|rival|rivals|competitor"
    r"|competitors|manufacturer|manufacturers|producer|producers|supplier|suppliers|lender"
    r"|lenders|carmaker|automaker|retailer|airline|conglomerate|giant|industry)\b"
)
"""A one-word name after a state's possessive in a sentence about a trade ("the largest
pump maker behind Sweden's Norrvik", "rivals such as Japan's Kestrel"): the country's
firm. Without a trade in the sentence the same shape is often an athlete ("Spain's
Nadal"), so it is left alone."""


def _states_firms(sentence: str, found: list[BodyMention]) -> None:
    from tui.draft.gazetteer import gazetteer
    from tui.draft.nouns import is_english_common_word

    if _TRADE_IN_SENTENCE.search(sentence) is None:
        return
    for match in _STATES_FIRM.finditer(sentence):
        name = match.group("name")
        places = gazetteer()
        if is_english_common_word(name) or places.find(name) or places.is_role(name):
            continue
        state = [m for m in places.find(match.group("state")) if m.entry.kind == "state"]
        if state:
            found.append(BodyMention(name, "organisation", *match.span("name")))


def _one_word_company(sentence: str, known: frozenset[str], found: list[BodyMention]) -> None:
    """A one-word name before ", which operates …": a company, unless the gazetteer knows
    the word (a country, a city) or the tagger reads it as a common word. A person is
    "who", not "which"."""
    from tui.draft.nouns import is_english_common_word

    for match in _ONE_WORD_WHICH.finditer(sentence):
        name = match.group("name")
        if name in known or name in _NOT_NAME_STARTS or name in _TIME_NAMES:
            continue
        if is_english_common_word(name):
            continue
        found.append(BodyMention(name, "organisation", *match.span("name")))


def _company_deeds(sentence: str, found: list[BodyMention]) -> None:
    from tui.draft.nouns import is_english_common_word

    for match in _COMPANY_DEEDS.finditer(sentence):
        group = "name" if match.group("name") is not None else "issuer"
        start, end = match.span(group)
        words = sentence[start:end].split()
        if (
            words[0] in _OPENERS
            or words[0] in _NOT_COMPANY_SUBJECTS
            or words[0] in _NOT_NAME_STARTS
        ):
            continue
        if any(w.casefold() in _EN_HEADS for w in words) or (
            len(words) > 1 and all(is_english_common_word(w) for w in words)
        ):
            continue  # "Parliament approved its budget": a kind of body, found as one
        found.append(BodyMention(sentence[start:end], "organisation", start, end))


def _company_context(sentence: str, found: list[BodyMention]) -> None:
    for match in _COMPANY_CONTEXT.finditer(sentence):
        group = next(g for g in ("name", "based", "subject", "which") if match.group(g) is not None)
        start, end = match.span(group)
        words = sentence[start:end].split()
        while words and (words[0] in _OPENERS or words[0].endswith("-based")):
            start += len(words.pop(0)) + 1
        if words and not (len(words) == 1 and words[0] in _NOT_COMPANY_SUBJECTS):
            found.append(BodyMention(sentence[start:end], "organisation", start, end))


_NOT_COMPANY_SUBJECTS = frozenset({"It", "This", "That", "He", "She", "They", "We", "I"})


_TITLE_PHRASE = re.compile(
    r"\bthe\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})"
    r"(?=,\s+[A-Z]|\s+(?:said|says|announced|warned|reported|confirmed|told|has|had)\b)"
)
"""A body named with common words ("the National Grid, its chief", "the Geological Survey
said"): after "the", in title case, and then a name in apposition or a verb of saying."""
_BUSINESS_APPOSITION = re.compile(
    r"\b(?:publisher|company|firm|employer|owner|developer|builder|maker|manufacturer"
    r"|operator|supplier|broadcaster|insurer|lender|retailer|carrier|airline|charity"
    r"|label|distributor|landlord|contractor),\s+(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}),"
)
"""A business named in apposition to what it is to someone ("her publisher, Harbour
Press, said"): the name is the business's, even when it is made of common words."""


_EMPLOYER_OF_HEAD = re.compile(
    r"\b(?:[Hh]ead|[Cc]hief|[Dd]irector|[Dd]eputy\s+director|[Mm]anaging\s+director)\s+of\s+"
    r"(?:[a-z][\w-]*,?\s+){1,5}at\s+(?P<name>[A-Z][\w&-]*[a-z0-9](?:\s+[A-Z][\w&-]*){0,2})"
    r"(?=\s*[,.;:]|\s+(?:said|says|told)\b)"
)
"""Where the head of a field works ("Jo Hart, head of regulation at Uswitch, said"): the
name after "at" is the employer, a body, whatever words make it up."""
_UNION_NAMED = re.compile(
    r"\b(?:the|a)\s+(?P<name>[A-Z][a-z]{2,}|[A-Z]{2,6})\s+(?:trade\s+)?union\b"
)
"""A trade union named before the word ("the Aslef union", "members of the Unison
union")."""


def _employers_and_unions(sentence: str, found: list[BodyMention]) -> None:
    """Bodies an English sentence names by a head's post at them or as a union (see
    ``_EMPLOYER_OF_HEAD`` and ``_UNION_NAMED``); a place or a word of English's common
    stock is none ("the Scottish union", "head of sales at Head Office")."""
    from tui.draft.gazetteer import gazetteer
    from tui.draft.nouns import is_english_common_word

    for pattern in (_EMPLOYER_OF_HEAD, _UNION_NAMED):
        for match in pattern.finditer(sentence):
            name = match.group("name")
            if gazetteer().find(name):
                continue
            if " " not in name and not name.isupper() and is_english_common_word(name):
                continue
            found.append(BodyMention(name, "organisation", *match.span("name")))


_JOURNAL_NAME = r"[A-Z][\w&-]*(?:\s+(?:of\s+)?[A-Z][\w&-]*){0,2}"
_JOURNAL = re.compile(
    r"\b(?:(?:study|studies|paper|papers)\s+(?:published\s+)?in|published\s+in|(?:to|will)\s+publish\s+in)\s+"
    r"(?:[Tt]he\s+)?(?:(?:scientific\s+|medical\s+)?journals?\s+)?"
    r"(?P<first>" + _JOURNAL_NAME + r")(?:\s+and\s+(?:the\s+)?(?P<second>" + _JOURNAL_NAME + r"))?"
)
"""Journals a study appeared in ("a study in Science Advances", "published in the Lancet",
"papers published in Nature and Science", "are set to publish in Physical Review D"):
outlets, even when their name is a common word. A place there ("published in London") is
the gazetteer's and wins."""


def _plural_common_end(word: str, heads: frozenset[str]) -> bool:
    """A plural common noun that is no head ends no body's name ("Assembly
    Constituencies", "Council Houses"); plural heads ("Industries", "Forces") do."""
    if not word.endswith("s") or word.casefold() in heads or word.endswith("'s"):
        return False
    from tui.draft.nouns import is_english_plural_noun

    return is_english_plural_noun(word)


def _journals(sentence: str, found: list[BodyMention]) -> None:
    for match in _JOURNAL.finditer(sentence):
        for group in ("first", "second"):
            name = match.group(group)
            if name is None or name.split()[0] in _TIME_NAMES or name in _OPENERS:
                continue
            found.append(BodyMention(name, "media", *match.span(group)))


def _common_word_bodies(sentence: str, found: list[BodyMention]) -> None:
    from tui.draft.nouns import is_english_common_word

    for match in _TITLE_PHRASE.finditer(sentence):
        if all(is_english_common_word(w) for w in match.group("name").split()):
            found.append(BodyMention(match.group("name"), "organisation", *match.span("name")))
    for match in _BUSINESS_APPOSITION.finditer(sentence):
        found.append(BodyMention(match.group("name"), "organisation", *match.span("name")))


_SPELLED_OUT = re.compile(r"((?:[A-Z][\w-]*\s+(?:(?:of|for|and|on|the)\s+)*){1,8})\(\Z")


def _short_for_no_body(sentence: str, start: int, end: int, language: str) -> bool:
    """An English acronym in brackets after the words it abbreviates, when those words
    name a programme or a process and no body ("Special Intensive Revision (SIR)",
    "Pandemic Emergency Purchase Programme (PEPP)"): no head of a body among them."""
    if language == "de" or sentence[end : end + 1] != ")":
        return False
    before = _SPELLED_OUT.search(sentence, 0, start)
    if before is None:
        return False
    words = [w for w in before.group(1).split() if w[:1].isupper()]
    initials = "".join(part[0] for w in words for part in w.split("-") if part)
    abbreviation = sentence[start:end]
    if not initials.endswith(abbreviation) and not initials.upper().endswith(abbreviation):
        return False
    spelled = words[-len(abbreviation) :] if len(words) >= len(abbreviation) else words
    return not any(w.casefold() in _EN_HEADS for w in spelled)


def _shouted_word(word: str, language: str) -> bool:
    """An English word set in capitals, as a wire lead's first word is ("SHARES in Acme
    fell"): a common word the tagger knows is no acronym."""
    if language == "de" or len(word) < 3:
        return False
    if word.capitalize() in _SHOUTED_FUNCTION_WORDS:
        return True  # "THE leader of the council": an article, set in capitals
    from tui.draft.nouns import is_english_common_word

    return is_english_common_word(word.capitalize())


_SHOUTED_NAME_AFTER = re.compile(r" [A-ZÄÖÜ]{7,}(?![\w-])")
"""A word of seven capitals or more right after a short one: too long for initials, so
both are one name set in capitals, a dateline's place ("LOS ANGELES", "SAN FRANCISCO")."""
_AMPERSAND_INITIALS = re.compile(r"(?<![\w&])[A-Z]{1,4}&[A-Z]{1,4}(?![\w&])")
"""A company's initials joined by an ampersand ("P&G", "AT&T", "M&S"): one name."""
_SHOUTED_FUNCTION_WORDS = frozenset(
    "The And But For With From After Before When While This That These Those Its Our Their"
    " His Her Not Now Yet Two Six Ten One Few All Any".split()
)
"""English words a wire lead may set in capitals that the tagger does not call nouns."""


_THING_BEFORE = re.compile(
    r"\b(?:[Dd](?:as|er|ie|em|en|es)|[Ee]ine?[mnrs]?)\s+(?:[a-zäöüß]+\s+)?"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,})\s+\Z"
)
_BODY_KINDS = frozenset(
    "bündnis allianz netzwerk gruppe bewegung initiative organisation institution"
    " einrichtung firma unternehmen konzern hersteller anbieter betreiber team klub club"
    " mannschaft sender magazin zeitung blatt plattform portal dachverband träger".split()
)
"""Kinds of body an acronym after them names ("das Bündnis BSW", "der Anbieter GLS")."""


_PROGRAMME_AFTER = re.compile(
    r"-(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Pp]rogramm|[Ff]örderung|[Ff]ördermittel|[Kk]äufe"
    r"|[Rr]ichtlinie|[Vv]erordnung|[Gg]esetz)(?:e?s|en|n)?\b"
)
"""An acronym joined to the word for a programme, a law or its purchases ("PEPP-Programm",
"EFRE-Förderung", "PEPP-Käufe"): in that compound it names the programme, not a body."""


_MODEL_NUMBER = re.compile(
    r"[ -]?(?!(?:19|20)\d\d\b)\d+(?:[A-Za-z]{1,3})?\b(?![.,]\d)"
    r"(?!\s*(?:%|Prozent|percent|Uhr|Sitze|seats|votes|Stimmen))"
)
"""A number set right after capitals names a product's model ("DX 400", "CX-5", "A380"),
not an amount, a year or a share of votes: the capitals are part of the model's name."""


_THING_AFTER_EN = re.compile(
    r" (?:guns?|rifles?|pistols?|pellets?|rounds|ammunition|scans?|tests?|devices?"
    r"|cameras?|trackers?|chips?|players?|drives?|cables?|files?|vaccines?|scanners?)\b"
)
"""An English thing right after capitals ("a BB gun", "a PCR test", "an MRI scan"): the
capitals say what kind of thing it is, they name no body."""


def _named_thing(sentence: str, start: int) -> bool:
    """ "das Blutdopingmittel EPO", "das Kampfflugzeug FCAS": an acronym set after a
    common noun with its article names what that noun says, a drug, an aircraft or a
    programme, unless the noun is a kind of body or a group of people."""
    before = _THING_BEFORE.search(sentence, 0, start)
    if before is None:
        return False
    noun = before.group("noun")
    from tui.draft.gazetteer import gazetteer
    from tui.draft.nouns import is_common_noun

    places = gazetteer()
    if _de_head(noun) or noun in _MEDIA_WORDS or noun.casefold() in _BODY_KINDS:
        return False
    if places.is_group(noun) or places.is_role(noun):
        return False
    return is_common_noun(noun)


def _post_nominal(sentence: str, start: int, word: str) -> bool:
    """Letters after a capitalised word that a person's name takes ("Achebe KC")."""
    from tui.draft.people import POST_NOMINALS

    return (
        word in POST_NOMINALS and re.search(r"[A-Z][a-z'\u2019-]+ \Z", sentence[:start]) is not None
    )


_TITLE_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>[A-Z][a-z]{2,}) \Z")
_TITLE_WORD_AFTER = re.compile(r" (?P<word>[A-Z][a-z]{2,})(?![\w-])(?! [A-Z])")


def _common_words_beside(
    sentence: str, start: int, end: int, known: frozenset[str]
) -> tuple[int, int]:
    """Where the body's name runs that an English acronym is one word of, with a
    title-case common word beside it ("HM Coastguard", "Coast FM"): the common word
    makes no name of its own, so it belongs to the acronym's. A word the gazetteer
    knows, an office ("NATO Secretary"), a day or a sentence's opening word stays
    apart."""
    from tui.draft.gazetteer import gazetteer
    from tui.draft.nouns import is_english_common_word, is_english_name

    places = gazetteer()

    def fits(word: str) -> bool:
        return (
            word not in known
            and word not in _OPENERS
            and word not in _TIME_NAMES
            and word not in _NOT_NAME_STARTS
            and not places.is_role(word)
            and not places.is_group(word)
        )

    before = _TITLE_WORD_BEFORE.search(sentence, 0, start)
    word = before.group("word") if before is not None else ""
    if before is not None and fits(word) and is_english_common_word(word):
        return before.start("word"), end
    after = _TITLE_WORD_AFTER.match(sentence, end)
    word = after.group("word") if after is not None else ""
    if after is not None and fits(word) and not is_english_name(word):
        return start, after.end("word")  # "HM Coastguard": a word the tagger has no name for
    return start, end


def ticker_spans(sentence: str) -> list[tuple[int, int]]:
    """Where ``sentence`` gives stock tickers: names inside them are no actors."""
    return [(m.start(), m.end()) for m in _TICKER.finditer(sentence)]


@dataclass(frozen=True)
class BodyMention:
    """An organisation or outlet named in a sentence."""

    name: str
    kind: str
    """``organisation`` or ``media``."""
    start: int
    end: int
    unnamed: bool = False
    """Media the text does not name ("news agencies"): an anonymous actor."""
    owned: bool = False
    """Written in lowercase after its owner ("North Korea's army"): the owner's own
    mention stands beside it."""
    pointing: bool = False
    """A body's kind alone after an article ("die Behörde", "der Konzern"): it most
    likely points back at a body named before rather than naming one of its own."""


def _uninflected(word: str) -> str:
    """The casefolded word without a genitive ending ("Umweltbundesamtes" ->
    "umweltbundesamt", "Vereins" -> "verein")."""
    folded = word.casefold()
    for ending in ("es", "s"):
        if folded.endswith(ending) and folded[: -len(ending)].endswith(_DE_HEADS):
            return folded[: -len(ending)]
    return folded


_COUNCILS_LIKE_NOT_BODIES = ("gemeinderat", "jugendrat")
"""Councils whose names end like a word of ``_NOT_BODY_ENDINGS`` ("Gemeinde-rat" like
"Refe-rat", "Jugend-rat" like "Qua-drat"): bodies all the same."""


def _de_head(word: str) -> bool:
    folded = _uninflected(word)
    return (
        folded.endswith(_DE_HEADS)
        and folded not in _NOT_BODIES
        and (not folded.endswith(_NOT_BODY_ENDINGS) or folded.endswith(_COUNCILS_LIKE_NOT_BODIES))
    )


def is_kind_of_body(word: str) -> bool:
    """Whether a German noun says only what kind of body is meant ("Klub", "Verein",
    "Firma", "Bündnis"), so that alone with "der" it points back at one named before."""
    return word.casefold() in _BODY_KINDS


def is_body_head(word: str) -> bool:
    """Whether a German word ends in the head of a body's name ("Vorstand", "Bahn-Rat"),
    which a role list may share with offices of one person."""
    return _de_head(word.split("-")[-1])


def _joined(sentence: str, left: re.Match[str], right: re.Match[str]) -> bool:
    return sentence[left.end() : right.start()].isspace()


def _name_words_before(sentence: str, tokens: list[re.Match[str]], index: int) -> int:
    """Where a body's name begins that is written as separate words before a head which
    needs them ("Deutsche Alzheimer Gesellschaft"): capitalised words that are no
    determiner, at most three; ``index`` when there are none."""
    start = index
    while (
        start > 0
        and index - start < 3
        and tokens[start - 1].group()[:1].isupper()
        and tokens[start - 1].group() not in _DETERMINERS
        and tokens[start - 1].group().casefold() not in _NOT_NAME_OPENERS
        and _joined(sentence, tokens[start - 1], tokens[start])
    ):
        start -= 1
    return start


def _proper_run_before(sentence: str, tokens: list[re.Match[str]], index: int) -> int:
    """Where a body's name begins that opens with a capitalised adjective and holds a
    word that is none before its head ("Nationale Anti Doping Agentur", "Freie Wähler
    Vereinigung"): German capitalises an adjective only in a proper name. ``index`` when
    the words before are no such name (adjectives alone are taken elsewhere)."""
    start = _name_words_before(sentence, tokens, index)
    if start >= index - 1 or "-" in tokens[index].group():
        return index
    words = [t.group() for t in tokens[start:index]]
    if not _DE_ADJECTIVE.match(words[0]) or all(_DE_ADJECTIVE.match(w) for w in words):
        return index
    return start


_NOT_NAME_OPENERS = frozenset("auch nach laut mit bei von für in im am an auf".split())
_NAMED_HEADS = ("gesellschaft",)
"""Heads that name a body only with a name before them, in the same word after a hyphen
("Max-Planck-Gesellschaft") or as words of their own ("Deutsche Alzheimer Gesellschaft");
alone or in a plain compound ("Zivilgesellschaft") they mean society."""


def _named_head(word: str) -> bool:
    return word.casefold().removesuffix("s").endswith(_NAMED_HEADS)


def _bare_head(word: str, before: str) -> bool:
    """Whether a head alone names no body of its own: with no article or adjective
    before it ("vor allem Verwaltung"), or, for the heads that point back at a body
    named before, with an article alone ("der Verein", "die Kammer")."""
    head = _uninflected(word)
    if head not in _ANAPHORIC_HEADS:
        return False
    if before in _ARTICLES:
        return head in _POINTING_HEADS
    from tui.draft.nouns import is_adjective

    return not (before[:1].islower() and is_adjective(before))


_TRADES_DE = (
    "bauer", "hersteller", "konzern", "händler", "versorger", "anbieter", "betreiber",
    "zulieferer", "versicherer", "discounter", "produzent", "verlag", "reederei",
    "dienstleister", "kette", "unternehmen", "firma", "verband", "netzbetreiber",
    "fluggesellschaft", "airline", "brauerei", "molkerei", "spedition", "vermieter",
)  # fmt: skip
_FIRM_WORDS_DE = (
    "konzern", "hersteller", "anbieter", "betreiber", "zulieferer", "versorger", "versicherer",
    "discounter", "dienstleister", "verlag", "reederei", "firma", "unternehmen", "brauerei",
    "molkerei", "spedition", "fluggesellschaft", "netzbetreiber",
)  # fmt: skip
"""Trades that name a business even as a word of their own ("die Reederei X", "der
Konzern X"); "Händler", "Bauer" or "Produzent" alone before a name are a person's label."""


def trade_of(word: str) -> str | None:
    """The trade a German word names ("Anbieter", "Versandhändler" -> "händler"), so that
    a company called by it is not taken for one of another kind ("die Bank")."""
    folded = word.casefold()
    return next((t for t in _TRADES_DE if folded.endswith(t)), None)


_TRADE_BEFORE = re.compile(
    r"(?<![\w-])(?P<trade>[A-ZÄÖÜ][a-zäöüß]*(?:" + "|".join(_TRADES_DE) + r")"
    r"|(?:" + "|".join(t.capitalize() for t in _FIRM_WORDS_DE) + r"))"
    r"\s+(?P<name>[A-ZÄÖÜ][\w&]*(?:-[A-ZÄÖÜ][\w&]*)?)(?![\w-])"
)
"""A company named after the word for its trade ("der Maschinenbauer Dürrwang", "den
Wohnungskonzern Nordbau", "beim Versandhändler Zalando"): the trade tells that the name
after it is a business's, not a person's. The name must be a word the tagger does not
know as a common noun, or capitals ("Autobauer BYD")."""


_MUNICIPALITY = re.compile(
    r"(?<![\w-])(?:Stadt|Gemeinde|Hansestadt|Kreisstadt|Landeshauptstadt|Marktgemeinde"
    r"|Ortsgemeinde|Verbandsgemeinde|Landkreis|Kreis|Bezirk"
    r"|(?:(?<=[Dd]as\s)|(?<=[Dd]em\s)|(?<=[Vv]om\s)|(?<=[Zz]um\s)|(?<=[Bb]eim\s))(?:Land|Freistaat))"
    r"\s+(?:Bad\s+)?[A-ZÄÖÜ][\w-]+"
    r"(?:\s+(?:am|an\s+der|im|in\s+der|ob\s+der)\s+[A-ZÄÖÜ][\w-]+)?"
)
"""A town, a municipality, a district or a federal state named as a body ("Die Stadt
Kassel rutscht in die roten Zahlen", "der Gemeinde Bad Wiessee", "die Stadt Frankfurt am
Main", "der Landkreis Oberwald", "das Land Hessen zahlt"): its council and administration
act under that name. A place name the tagger pieces together from common nouns ("Ober" +
"wald") is still a name here."""
_WHERE_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]m|[Ii]n\s+(?:der|den)|[Ii]n)\s+\Z")
""""im Landkreis Uelzen", "in der Stadt Celle": where something happens, not who acts."""


_OWNED_BY = re.compile(r"[A-ZÄÖÜ][\w-]+\s+der\s+\Z")


_SQUAD_ROLE_EN = re.compile(
    r"(?<![\w'\u2019-])(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:manager|coach|head\s+coach"
    r"|boss|striker|midfielder|defender|goalkeeper|keeper|captain|forward|winger|full-back"
    r"|centre-back|sporting\s+director)\b"
)
_SQUAD_ROLE_DE = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÄÖÜ][\w]{3,})-(?:Trainer|Coach|Stürmer|Torwart|Torhüter|Kapitän"
    r"|Sportdirektor|Sportvorstand|Manager|Keeper|Verteidiger|Profi|Spieler|Mittelfeldspieler)"
    r"(?:in|s|n)?\b"
)
"""A club named by its place before a player's or a coach's role ("Wolfsburg manager
Dieter Hecking", "the former Nurnberg coach", "Bochum-Trainer"): the place stands for
its club. A name the gazetteer knows ("England manager") keeps its own kind."""


def _squad_roles(sentence: str, language: str, found: list[BodyMention]) -> None:
    from tui.draft.nouns import is_common_noun, is_english_common_word

    pattern = _SQUAD_ROLE_DE if language == "de" else _SQUAD_ROLE_EN
    for match in pattern.finditer(sentence):
        name = match.group("name")
        words = name.split()
        if words[0] in _OPENERS or words[0] in _NOT_NAME_STARTS:
            continue
        if language == "de" and is_common_noun(name):
            continue  # "Jugend-Trainer": a kind of coach, not a club
        if language != "de" and len(words) == 1 and is_english_common_word(name):
            continue  # "Fellow striker", "Assistant coach"
        found.append(BodyMention(name, "organisation", *match.span("name")))


def _municipalities(sentence: str, found: list[BodyMention]) -> None:
    from tui.draft.nouns import is_inflected_common_noun, is_simple_common_noun

    for match in _MUNICIPALITY.finditer(sentence):
        place = match.group().split()[-1]
        if is_simple_common_noun(place) or is_inflected_common_noun(place):
            continue  # "die Stadt Geld", "der Gemeinde Kosten": the object, not a name
        if _OWNED_BY.search(sentence, 0, match.start()):
            continue  # "die Verwaltung der Stadt Landsberg": the noun before names the body
        found.append(BodyMention(match.group(), "organisation", match.start(), match.end()))


_LOCAL_BODY = re.compile(
    r"(?<![\w-])(?:(?:[Dd](?:as|es|em)|[Vv]om|[Bb]eim|[Zz]um)\s+(?P<land>Land(?:es)?)"
    r"|[Dd](?:ie|er)\s+(?P<town>Stadt|Gemeinde)"
    r"|(?:[Dd](?:er|en|em|es)|[Vv]om|[Bb]eim|[Zz]um)\s+(?P<kreis>Kreis(?:es)?))"
    r"(?![\w-])(?!\s+[A-ZÄÖÜ])"
)
"""A state, district, town or municipality named by its level alone ("Das Land zahlt …",
"Träger sind der Kreis und mehrere Städte", "die Gemeinde will …"): the public body of
the place the text is about. A name after it makes it one of ``_MUNICIPALITY``'s."""
_OWNER_BEFORE = re.compile(r"[A-ZÄÖÜ][\w-]+\s+\Z")
_STATE_GOVERNMENT = re.compile(
    r"(?:ministerium|ministeriums|regierung|staatskanzlei|landesregierung)\b", re.IGNORECASE
)
"""A state's ministry or government named in the sentence: "das Land" there is that
government speaking of itself, no second actor."""


def _local_bodies(sentence: str, found: list[BodyMention]) -> None:
    for match in _LOCAL_BODY.finditer(sentence):
        group = next(g for g in ("land", "town", "kreis") if match.group(g) is not None)
        start, end = match.span(group)
        article_start = match.start()
        if _OWNER_BEFORE.search(sentence, 0, article_start):
            continue  # "Bürgermeister der Gemeinde", "das Wolfsbüro des Landes": whose
        if group == "land" and _STATE_GOVERNMENT.search(sentence):
            continue  # "Eine Sprecherin des Ministeriums sagte, das Land prüfe …": the same
        name = {"land": "Land", "kreis": "Kreis"}.get(group, match.group(group))
        found.append(BodyMention(name, "organisation", start, end))


_PLURAL_OFFICE = re.compile(
    r"(?<![\w-])[Dd]ie\s+(?:[a-zäöüß]+en\s+)?(?P<office>[A-ZÄÖÜ][a-zäöüß-]+)\b"
    r"(?!\s+[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ])"
)
"""A masculine office after "die" ("Die Richter wiesen … zurück", "Die Verteidiger des
Angeklagten"): the article of a feminine singular before a masculine noun makes it a
plural, a group of people who hold that office."""


def _plural_offices(sentence: str, found: list[BodyMention]) -> None:
    from tui.draft.gazetteer import gazetteer

    places = gazetteer()
    for match in _PLURAL_OFFICE.finditer(sentence):
        office = match.group("office")
        if office.endswith(("in", "e", "innen")) or "-" in office:
            continue  # "die Richterin", "die Abgeordnete": one woman, or a plural of its own
        if places.is_role(office) and not places.is_group(office):
            start, end = match.span("office")
            found.append(BodyMention(office, "group", start, end, unnamed=True))


_VENUE_QUOTED = re.compile(
    r"(?<![\w-])(?:Bar|Diskothek|Disco|Club|Klub|Restaurant|Kneipe|Lokal|Gaststätte|Gasthaus"
    r"|Gasthof|Hotel|Café|Kino|Bäckerei|Metzgerei|Galerie|Band|Chor|Firma|Pension)\s+"
    r"[\u201e\u201c\"\u00bb](?P<name>[A-ZÄÖÜ][^\u201c\u201d\"\u00ab]{1,40}?)[\u201c\u201d\"\u00ab]"
)
"""A bar, a club, a hotel or a firm whose name the text sets in quotation marks after
the word for what it is ("die Bar „Kranich“", "in der Diskothek „Nachtfalter“"): the
quoted name is the body's."""


def _quoted_venues(sentence: str, found: list[BodyMention]) -> None:
    for match in _VENUE_QUOTED.finditer(sentence):
        # the mention starts at the kind's word: the quoted name alone is a quoted term
        found.append(BodyMention(match.group("name"), "organisation", match.start(), match.end()))


_MIXED_INITIALS = re.compile(
    r"(?<=[a-zäöüß]\s)\((?P<name>[A-ZÄÖÜ][a-zäöü]{0,2}[A-ZÄÖÜ](?:[a-zäöü]{0,2}[A-ZÄÖÜ])?)\)"
)
"""Initials with a lowercase letter in brackets after a person's name ("Jens Ald (BfK)",
as "(CDU)" is): the list or party the person stands for."""
_TITLE_INITIALS = frozenset("PhD MdB MdL MdEP MdA BSc MSc MBA DPhil".split())
"""Degrees and seats that follow a name in brackets as initials, which name no body."""


def _dotted_initials(sentence: str, known: frozenset[str], found: list[BodyMention]) -> None:
    """Bodies named by initials with full stops ("the F.B.I.", "an F.B.I. agent"); initials
    before a name that is no office are a person's ("J.R.R. Tolkien")."""
    from tui.draft.gazetteer import gazetteer

    for match in _DOTTED_INITIALS.finditer(sentence):
        name = match.group()
        if name in known or name.replace(".", "") in known:
            continue
        after = _CAPITAL_WORD_AFTER.match(sentence, match.end())
        if after is not None and not gazetteer().is_role(after.group("word")):
            continue
        found.append(BodyMention(name, "organisation", match.start(), match.end()))


def _mixed_initials(sentence: str, found: list[BodyMention]) -> None:
    for match in _MIXED_INITIALS.finditer(sentence):
        name = match.group("name")
        if name not in _TITLE_INITIALS and not name.isupper():
            found.append(BodyMention(name, "organisation", *match.span("name")))


def _not_where(sentence: str, found: list[BodyMention]) -> list[BodyMention]:
    """The bodies found less a town or district named as the place where something
    happens ("Im Landkreis Uelzen hat ein Wolf …"): there it is no actor."""
    return [
        body
        for body in found
        if not (
            _MUNICIPALITY.match(body.name) is not None
            and _WHERE_BEFORE.search(sentence, 0, body.start) is not None
        )
    ]


def _trade_before(sentence: str, known: frozenset[str], found: list[BodyMention]) -> None:
    from tui.draft.gazetteer import gazetteer

    places = gazetteer()
    for match in _TRADE_BEFORE.finditer(sentence):
        name = match.group("name")
        if places.is_role(match.group("trade")) or places.is_group(name) or name in known:
            continue  # "der Autobauer Volkswagen": the gazetteer's company, as it is
        if not (_unknown_name_word(name) or (name.isupper() and 2 <= len(name) <= 6)):
            continue
        found.append(BodyMention(match.group(), "organisation", match.start(), match.end()))


_NAME_AFTER_HEADS = ("gemeinschaft", "initiative")
"""Heads of a body whose name follows them as one word, even a common noun: a community
of interest or a citizens' group called after its quarter or cause ("die
Anwohnergemeinschaft Nordstadt", "die Bürgerinitiative Südufer")."""


_STATE_FIRMS = ("landesbetrieb", "eigenbetrieb")
"""A state's or a town's own enterprise, called after what it runs in one word, a common
noun ("Landesbetrieb Mobilität", "Eigenbetrieb Stadtentwässerung")."""


def name_after_head(name: str) -> bool:
    """Whether a body's name is a head of ``_NAME_AFTER_HEADS`` and the one word after it
    ("Händlergemeinschaft Altstadt"): its last word is what it is called, not its kind, so
    "die Stadt" later never points back at it."""
    words = name.split()
    return len(words) == 2 and words[0].casefold().endswith(_NAME_AFTER_HEADS)


def _named_after(sentence: str, tokens: list[re.Match[str]], index: int) -> BodyMention | None:
    """The body a compound of ``_NAME_AFTER_HEADS`` names with the one capitalised word
    after it, a quarter's name even when it is a noun ("Altstadt"); none when that word is
    a plural, the clause's object ("der Dorfgemeinschaft Probleme")."""
    from tui.draft.nouns import is_inflected_common_noun

    word = tokens[index].group().rstrip(".")
    folded = word.casefold()
    if folded.removesuffix("s").endswith(_STATE_FIRMS):
        folded = folded.removesuffix("s")  # "des Landesbetriebs Mobilität"
    if index + 1 >= len(tokens) or not (
        any(folded.endswith(head) and len(folded) > len(head) + 2 for head in _NAME_AFTER_HEADS)
        or folded.endswith(_STATE_FIRMS)
    ):
        return None  # "Initiative Frankreichs": a plain head, no name of its own
    after = tokens[index + 1]
    name_word = after.group().rstrip(".,;:")
    if sentence[tokens[index].end() : after.start()] != " " or not name_word[:1].isupper():
        return None
    if is_inflected_common_noun(name_word):
        return None  # "der Händlergemeinschaft Probleme": a plural, the clause's object
    if re.match(r" [A-ZÄÖÜ]", sentence[after.start() + len(name_word) :]):
        return None  # a longer run of capitals is some other name
    end = after.start() + len(name_word)
    start = tokens[index].start()
    return BodyMention(sentence[start:end], "organisation", start, end)


_SCHOOL_TYPES = frozenset(
    """grund haupt real gesamt berufs förder sonder sekundar gemeinschafts ganztags privat
    ober mittel volks volkshoch hoch fachhoch kunsthoch musikhoch fach abend sprach musik
    kunst tanz fahr flug segel ski sport reit koch pflege kranken hunde bau waldorf
    montessori regel schwerpunkt stadtteil dorf gemeinde kreis land stadt berufsfach
    fachober wirtschafts handels baum kinder jugend""".split()
)
"""The kinds of German school a compound in "-schule" names ("Grundschule",
"Berufsschule", "Waldorfschule"): the first part of any other compound is the school's
own name ("Herderschule", "Bardelebenschule")."""
_SCHOOL_ARTICLE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Dd]ie|[Dd]er|an\s+der|[Aa]n\s+der)\s+(?:[a-zäöüß]+e\s+)?\Z"
)


def _named_school(sentence: str, match: re.Match[str], word: str) -> bool:
    """Whether a German compound in "-schule" after "die" or "der" (perhaps with an
    adjective: "die einzügige Münsterschule") is one school's name: its first part is no
    kind of school. Plurals ("Grundschulen") are kinds."""
    folded = word.casefold()
    if not folded.endswith("schule") or len(folded) < 10 or "-" in word:
        return False
    first = folded.removesuffix("schule")
    if {first, first.removesuffix("s"), first.removesuffix("n")} & _SCHOOL_TYPES:
        return False
    return _SCHOOL_ARTICLE_BEFORE.search(sentence, 0, match.start()) is not None


def _german(sentence: str, found: list[BodyMention]) -> None:
    tokens = list(_WORD.finditer(sentence))
    for index, match in enumerate(tokens):
        word = match.group().rstrip(".")
        if not word[:1].isupper():
            continue
        if _named_school(sentence, match, word):
            end = match.start() + len(word)
            found.append(BodyMention(word, "organisation", match.start(), end))
            continue
        named_after = _named_after(sentence, tokens, index)
        if named_after is not None:
            found.append(named_after)
            continue
        if _named_head(word) and "-" not in word:
            start = _name_words_before(sentence, tokens, index)
            if start < index and word.casefold().startswith(_NAMED_HEADS):
                end = match.start() + len(word)
                name = sentence[tokens[start].start() : end]
                found.append(BodyMention(name, "organisation", tokens[start].start(), end))
            continue
        if not _de_head(word.split("-")[-1]) and not (
            "-" in word and _named_head(word.split("-")[-1])
        ):
            continue
        spelled = _proper_run_before(sentence, tokens, index)
        if spelled < index:  # "Nationale Anti Doping Agentur": a name in words of its own
            end = match.start() + len(word)
            name = sentence[tokens[spelled].start() : end]
            found.append(BodyMention(name, "organisation", tokens[spelled].start(), end))
            continue
        if word in _MEDIA_WORDS or _ACRONYM.match(word.split("-")[0] + " "):
            continue  # "Nachrichtenagentur Interfax" is media; "RSF-Miliz" is "RSF"
        if not _is_noun(word):
            continue  # "Insgesamt" ends like "Amt" but is an adverb
        if _before_a_name(sentence, tokens, index):
            continue  # "Sportvorstand Max Eberl": a person's office, not a body
        start = index
        while (
            start > 0
            and tokens[start - 1].group() not in _DETERMINERS
            and _DE_ADJECTIVE.match(tokens[start - 1].group())
            and sentence[tokens[start - 1].end() : tokens[start].start()].isspace()
        ):
            start -= 1
        end = match.start() + len(word)
        # a following capitalised name belongs to it ("Finanzmarktaufsicht Finma")
        if index + 1 < len(tokens):
            after = tokens[index + 1].group().rstrip(".,;:")
            gap = sentence[end : tokens[index + 1].start()]
            if (
                gap == " "
                and after[:1].isupper()
                and not (
                    _adjectival_noun(after)
                    and not re.match(r"\s+[A-ZÄÖÜ]", sentence[tokens[index + 1].end() :])
                )
                and (
                    (len(after) <= 12 and _named(after))
                    or _place_name(after)
                    or _unknown_name_word(after)
                    or (after.isupper() and len(after) >= 2)
                )
            ):
                end = tokens[index + 1].start() + len(after)
                following = index + 2
                if (  # "Fahrgastverband Pro Bahn", "Verein Mehr Demokratie": a short
                    # first word of a name is no name alone; the capitalised word after
                    # it completes it
                    len(after) <= 4
                    and not after.isupper()
                    and after[1:].islower()
                    and following < len(tokens)
                    and sentence[end : tokens[following].start()] == " "
                    and tokens[following].group()[:1].isupper()
                    and tokens[following].group().rstrip(".,;:")[1:].islower()
                ):
                    end = tokens[following].start() + len(tokens[following].group().rstrip(".,;:"))
                    following += 1
                while (  # "Gewerkschaft IG BCE": every acronym of the name
                    after.isupper()
                    and following < len(tokens)
                    and sentence[end : tokens[following].start()] == " "
                    and tokens[following].group().rstrip(".,;:").isupper()
                    and len(tokens[following].group().rstrip(".,;:")) <= 6
                ):
                    end = tokens[following].start() + len(tokens[following].group().rstrip(".,;:"))
                    following += 1
                if (  # "Gewerkschaft IG Metall": a two-letter prefix names the branch after it
                    after.isupper()
                    and len(after) <= 2
                    and following == index + 2
                    and following < len(tokens)
                    and sentence[end : tokens[following].start()] == " "
                    and tokens[following].group()[:1].isupper()
                ):
                    end = tokens[following].start() + len(tokens[following].group().rstrip(".,;:"))
        if end == match.start() + len(word):
            purpose = _PURPOSE.match(sentence, end)
            if purpose is None and _uninflected(word).endswith(_MEMBERS_HEADS):
                purpose = _MEMBERS.match(sentence, end)
            if purpose is None:
                purpose = _SPELLED_BEFORE_INITIALS.match(sentence, end)
            if purpose is not None:  # "Institut für Weltwirtschaft", "Bund der Steuerzahler"
                end = purpose.end()
        truncated = _TRUNCATED_BEFORE.search(sentence, 0, tokens[start].start())
        first = truncated.start() if truncated is not None else tokens[start].start()
        name = sentence[first:end]  # "Industrie- und Handelskammer": both parts
        before = tokens[start - 1].group() if start else ""
        if name == word and _bare_head(word, before):
            continue  # "Verwaltung und Vertrieb", "der Verein": no body of its own
        if name == word and _indefinite_before(tokens, start):
            continue  # "eines großen Versanddienstes", "aus einem Zoo": a kind of body
        if name == word and before in ("im", "ins") and _uninflected(word).endswith(_VENUE_HEADS):
            continue  # "im Krankenhaus behandelt", "ins Museum": where, not who
        pointing = name == word and _uninflected(word) in _ANAPHORIC_HEADS
        found.append(BodyMention(name, "organisation", first, end, pointing=pointing))


_TRUNCATED_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\wäöüß]*-\s+(?:und|oder|bzw\.)\s+\Z")
"""The first part of a pair of compounds that share their head ("Industrie- und
Handelskammer", "Land- und Forstwirtschaftskammer"): one body's name."""
_PURPOSE = re.compile(
    r" für (?:[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es) )?[A-ZÄÖÜ][\w-]+"
    r"(?:(?:,| und) (?:[A-ZÄÖÜa-zäöüß][a-zäöüß]+(?:e|en|er|es) )?[A-ZÄÖÜ][\w-]+)*"
)
"""What a German body is for, which is part of its name ("Bundesamt für Migration und
Flüchtlinge", "Institut für Weltwirtschaft", "Ministerium für Wirtschaft, Arbeit und
Tourismus"); a later part may take a lowercase adjective ("Landesamt für Umwelt und
ländliche Räume")."""


_SPELLED_BEFORE_INITIALS = re.compile(
    r" (?:der|des) (?:[A-ZÄÖÜa-zäöü][a-zäöüß]+(?:e|en|er|es) )?[A-ZÄÖÜ][\w-]*\w"
    r"(?= \([A-ZÄÖÜ]{2,6}\))"
)
"""Whose a body is when its initials in brackets follow ("Institut der deutschen
Wirtschaft (IW)", "Kammer der freien Berufe (KfB)" aside): the initials show the words
before them are all one name, the lowercase adjective too."""


_VENUE_HEADS = ("krankenhaus", "museum", "theater", "zoo", "tierpark", "klinik", "klinikum")
"""Heads of bodies that are also buildings: alone after "im" or "ins" they say where."""
_MEMBERS_HEADS = ("bund", "verband", "verein", "vereinigung", "gewerkschaft")
"""Heads, alone or ending a compound ("Bundesverband der Deutschen Binnenschiffahrt"),
that take whose association they are into their name."""
_MEMBERS = re.compile(
    r" der (?:[A-ZÄÖÜ][a-zäöüß]+(?:e|en) )?[A-ZÄÖÜ]\w*"
    r"(?:- (?:und|oder) [A-ZÄÖÜ][\w-]*\w|(?:-\w+)*)(?![\w-])"
)
"""Whose association a body is, part of its name ("Bund der Steuerzahler", "Verband der
Chemischen Industrie", "Berufsverband der Kinder- und Jugendärzte")."""


_DEFINITE = frozenset("der die das den dem des".split())
_OBLIQUE_INDEFINITE = frozenset("eines einem einer einen keines keinem keiner keinen".split())
_INDEFINITE = frozenset({"ein", "eine", "kein", "keine", *_OBLIQUE_INDEFINITE})
_PREPOSITIONS = frozenset(
    "aus bei mit von zu nach für gegen ohne um durch über unter vor hinter neben an auf in"
    " wegen trotz statt".split()
)


def _indefinite_before(tokens: list[re.Match[str]], start: int) -> bool:
    """Whether an indefinite article that makes no subject stands before the body's head,
    perhaps with lowercase adjectives between ("eines großen Versanddienstes", "aus einem
    Zoo", "gegen eine Baufirma"): the text names a kind of body, not one body by name. A
    subject ("Ein Heimatverein hat … gesammelt") is an actor even unnamed."""
    index = start - 1
    while index >= 0 and tokens[index].group()[:1].islower():
        word = tokens[index].group().casefold()
        if word in _INDEFINITE:
            before = tokens[index - 1].group().casefold() if index else ""
            return word in _OBLIQUE_INDEFINITE or before in _PREPOSITIONS
        if word in _DEFINITE or not word.endswith(("e", "en", "er", "es", "em")):
            # "einer des Fördervereins": "des" names one body; "einer" is a pronoun
            return False
        index -= 1
    return False


_MASCULINE_HEADS = (
    "bund",
    "verband",
    "verein",
    "rat",
    "ausschuss",
    "dienst",
    "konzern",
    "bundestag",
    "landtag",
    "kreistag",
    "gerichtshof",
    "rundfunk",
    "senat",
)
"""Ends of German masculine heads a body's name has ("Gewerkschaftsbund", "Wetterdienst",
"Bundestag"): its adjectives take the strong ending when the name stands alone."""


_NEUTER_HEADS = ("institut", "amt", "ministerium", "zentrum", "komitee", "kuratorium")
"""Ends of German neuter heads ("Deutsches Institut", "Statistisches Bundesamt"): their
adjectives take "-es" when the name stands alone."""
_NAME_JOINTS = frozenset("für der des von zur zum".split())
"""Words that join a body's head to the rest of its name ("Institut für …")."""


_WORD_AFTER_PAIR = re.compile(r" (?P<word>[A-ZÄÖÜ][a-zäöüß]{3,})(?=-[A-ZÄÖÜ]|[\s,.;:!?)]|\Z)")


def _word_of_short_name(sentence: str, acronym: str, end: int) -> int:
    """How many characters of a capitalised word after a two-letter abbreviation belong
    to the name ("IG Metall", "IG Metall-Chef", "IG Bergbau"): two letters alone name no
    body, so the word after them is the rest of its name. An office ("IG Chef") or a
    word that starts the next thing is not."""
    if len(acronym) != 2:
        return 0
    after = _WORD_AFTER_PAIR.match(sentence, end)
    if after is None:
        return 0
    from tui.draft.gazetteer import gazetteer

    word = after.group("word")
    places = gazetteer()
    if places.is_role(word) or places.is_group(word) or places.find(word):
        return 0
    return after.end() - end


def strong_name(name: str) -> str:
    """A German body's name with the adjectives before a masculine or neuter head in the
    form the name has alone ("der Deutsche Gewerkschaftsbund", "des Deutschen
    Wetterdienstes", "das Deutsche Institut für …" -> "Deutscher Gewerkschaftsbund",
    "Deutscher Wetterdienst", "Deutsches Institut für …"): the text inflects the name
    after an article, its own spelling does not. Feminine heads ("Deutsche Bahn") and
    words that never inflect ("Münchner Stadtrat") are left as they are."""
    from tui.draft.nouns import is_adjective

    words = name.split()
    joint = next((i for i, w in enumerate(words) if i and w in _NAME_JOINTS), len(words))
    head = joint - 1  # "Deutsches Institut für Wirtschaftsforschung": the head before "für"
    if head < 1:
        return name
    folded = words[head].casefold()
    if folded.endswith(_MASCULINE_HEADS):
        ending = "er"
    elif folded.endswith(_NEUTER_HEADS):
        ending = "es"
    else:
        return name
    opening = head
    while opening > 0 and re.fullmatch(r"[A-ZÄÖÜ]\w+en?", words[opening - 1]):
        opening -= 1
    if opening > 0:
        return name  # words before that are not adjectives
    adjectives = words[:head]
    if not all(is_adjective(w) or is_adjective(w.lower()) for w in adjectives):
        # "Deutsche" is also a noun (a German): the lowercase form is the adjective
        return name
    strong = [w.removesuffix("n").removesuffix("e") + ending for w in adjectives]
    return " ".join([*strong, *words[head:]])


def _adjectival_noun(word: str) -> bool:
    """A noun made of an adjective ("Sachverständige", "Angehörige"): people, never the
    name after a body's head ("des Innenausschusses Sachverständige"), unless a noun
    follows it ("Stiftung Preußischer Kulturbesitz")."""
    from tui.draft.nouns import is_adjective

    return is_adjective(word)


_COMPASS = ("nord", "süd", "ost", "west")
_COMPASS_NOUNS = ("seite", "teil", "hälfte", "flanke", "rand", "ufer", "küste", "wind", "hang")
"""Parts of a thing that a compass word makes a common noun of ("Nordseite", "Ostflanke")."""


def _unknown_name_word(word: str) -> bool:
    """A word after a body's head that names it ("Tierpark Hellabrunn", "Sportverein
    Nordheide"): a single word the tagger does not know whole as a common noun (it pieces
    "Hellabrunn" together from parts), or a region named by a compass point and a
    landscape ("Nordheide", "Südpfalz"), which the tagger reads as two nouns. A noun it
    knows whole ("Geld", "Miete") is the clause's object, not part of the name."""
    from tui.draft.nouns import is_known_common_noun

    if not word[:1].isupper() or not word.isalpha() or len(word) < 4 or _de_head(word):
        return False
    from tui.draft.gazetteer import gazetteer

    if gazetteer().is_group(word) or gazetteer().is_role(word):
        return False  # "des Innenausschusses Sachverständige": people, not the name
    folded = word.casefold()
    if folded.startswith(_COMPASS):
        rest = folded.removeprefix(next(c for c in _COMPASS if folded.startswith(c)))
        return len(rest) >= 3 and rest not in _COMPASS and not rest.endswith(_COMPASS_NOUNS)
    return not is_known_common_noun(word) and not folded.endswith(_GUESSED_NOUN_ENDINGS)


_GUESSED_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ität", "nis", "ismus")
"""Endings of common nouns the tagger may not know whole ("Zuständigkeit")."""


def _place_name(word: str) -> bool:
    """A long place name after a body ("Landkreis Vorpommern-Greifswald"): capitalised
    parts, one of them a name the tagger knows and none a common noun it knows whole."""
    from tui.draft.nouns import is_known_common_noun, is_proper_name

    parts = word.split("-")
    return all(p[:1].isupper() and not is_known_common_noun(p) for p in parts) and any(
        is_proper_name(p) for p in parts
    )


def _before_a_name(sentence: str, tokens: list[re.Match[str]], index: int) -> bool:
    """Whether two capitalised words that are no common nouns follow the word at
    ``index`` (a first name and a surname): then the word is an office before a name."""
    if index + 2 >= len(tokens):
        return False
    first, second = tokens[index + 1], tokens[index + 2]
    words = [first.group().rstrip(".,;:"), second.group().rstrip(".,;:")]
    return (
        sentence[tokens[index].end() : first.start()] == " "
        and sentence[first.end() : second.start()] == " "
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() and _named(w) for w in words)
    )


_CLUB = re.compile(
    r"(?<![\w-])(?:1\.\s*)?(?:FC|SC|SV|VfB|VfL|TSG|TSV|RB|SpVgg|FSV|AC|AS|SSC|CF|Real|Borussia"
    r"|SK|SKU|SKN|FK|NK|KSV|PSV|BSC|SSV|ASV|ESV|TuS|SG|RSC|KAA|OGC|RC|CD|UD|SD|SCR|WAC"
    r"|Eintracht|Hertha|Werder|Fortuna|Bayer|Atlético|Atletico|Olympique|Sporting)"
    r"(?:\s+[A-ZÄÖÜ][\w'-]*(?:\s+[0-9]{2,4})?){1,2}(?!\w)"
    r"|\b[A-Z][a-z]+\s+(?:United|Rovers|Wanderers|Hotspur|Albion)\b"
)
"""A sports club by the shape of its name ("FC Bayern München", "VfB Stuttgart", "Bayer
Leverkusen", "Real Madrid", "Newcastle United"): a club prefix and its place."""
_CAUSE_AFTER = re.compile(
    r"\s+(?:[Ff]or|Against)(?:\s+(?:the|of|and)\b)?\s+[A-Z][\w'\u2019-]*"
    r"(?:\s+(?:(?:the|of|and)\s+)?[A-Z][\w'\u2019-]*)*"
)
"""What a campaign is for or against, capitalised in its name ("… United for Pinconning",
"… United Against Hate"); small words join inside it but do not end it."""


_EN_HEADS_IN_GERMAN = frozenset(
    "college university institute school agency office foundation council association"
    " laboratory observatory corporation committee department court authority trust fund"
    " board commission partners holdings technologies systems industries".split()
)
"""English heads that are no German words: "Imperial College London" in a German text."""


def _known_owner(word: str, known: frozenset[str]) -> bool:
    """A place or body the gazetteer knows, in the possessive before a body's name
    ("Sweden's", "Britain\u2019s"): the owner, an actor of its own, not a word of the name."""
    owner = _POSSESSIVE_END.sub("", word)
    return owner != word and owner in known


_POSSESSIVE_END = re.compile(r"['\u2019]s\Z")


def _english(
    sentence: str,
    found: list[BodyMention],
    heads: frozenset[str] = _EN_HEADS,
    known: frozenset[str] = frozenset(),
) -> None:
    tokens = list(_WORD.finditer(sentence))
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for match in tokens:
        word = match.group()
        gap = sentence[current[-1].end() : match.start()] if current else ""
        joined = bool(current) and (gap.isspace() or gap == " & ")  # "Procter & Gamble"
        capital = word[:1].isupper() and (joined or not current)
        of_the = (  # "Friends of the Earth": "of the" after a body's head joins its name
            word == "the"
            and joined
            and len(current) > 1
            and current[-1].group() in ("of", "for")  # "Institute for the World Economy"
            and any(m.group().casefold() in heads for m in current[:-1])
        )  # "International Council for the Exploration of the Sea": a head before it
        field = word == "and" and joined and _field_before_and(current, heads)
        if capital or (word in _EN_JOINS and current and joined) or of_the or field:
            current.append(match)
        else:
            if current:
                runs.append(current)
            current = [match] if word[:1].isupper() else []
    if current:
        runs.append(current)
    for run in runs:
        while run and run[-1].group() in (*_EN_JOINS, "the", "and"):
            run = run[:-1]
        while run and run[0].group() in _OPENERS:
            run = run[1:]
        timed = [i for i, m in enumerate(run[1:], 1) if m.group().rstrip(".,") in _TIME_NAMES]
        if timed:
            run = run[: timed[0]]  # "Parliament on Monday passed": the body, then when
            while run and run[-1].group() in _EN_JOINS:
                run = run[:-1]
        based = [i for i, m in enumerate(run) if m.group().endswith("-based")]
        if based:
            run = run[based[-1] + 1 :]  # "the Denver-based Acme Partners": where, then who
        owners = [
            i
            for i, m in enumerate(run[:-1])
            if _known_owner(m.group(), known) or _POSSESSIVE_END.search(m.group())
        ]  # "Monday's City Commission", "City's Premier League": a possessive is no part
        if owners:
            run = run[owners[-1] + 1 :]  # "Sweden's Civil Contingencies Agency": whose, then who
        run = _after_person_of(run, heads)
        run = _before_office_and_name(run, heads)
        if len(run) < (1 if timed else 2):
            continue  # "Parliament on Monday": a lone head before a time is the body
        words = [m.group().rstrip(".,") for m in run]
        if not any(w.casefold().removesuffix("'s") in heads for w in words):
            continue  # (asked first: it needs no tagger, so German copy loads no English model)
        if _plural_common_end(words[-1], heads) and not _head_before_of(words, heads):
            continue  # "Assembly Constituencies": what a body has, not the body
        last = words[-1].removesuffix("'s").removesuffix("\u2019s")
        end = run[-1].start() + len(last)
        start = _listed_start(sentence, run[0].start())
        found.append(BodyMention(sentence[start:end], "organisation", start, end))


def _field_before_and(current: list[re.Match[str]], heads: frozenset[str]) -> bool:
    """Whether "and" goes on naming the field a body's head names after "of" ("London
    School of Hygiene and Tropical Medicine", "Department of Health and Social Care"):
    the word before it is a common noun, never a place or a name ("Bank of England and
    Barclays" are two)."""
    from tui.draft.nouns import is_english_common_word

    words = [m.group() for m in current]
    if len(words) < 3 or not words[-1][:1].isupper():
        return False
    joins = [i for i, w in enumerate(words) if w in ("of", "for")]
    if not joins or words[joins[0] - 1].casefold() not in heads:
        return False
    return is_english_common_word(words[-1])


def _head_before_of(words: list[str], heads: frozenset[str]) -> bool:
    """Whether a body's head comes before an "of" or a "for" in the name ("Royal Society
    of Acoustics", "Friends of the Marshes", "Center for Infectious Diseases"): the words
    after say what it is for, and a plural there is no thing the body has."""
    return any(
        word.casefold() in heads and after in ("of", "for")
        for word, after in itertools.pairwise(words)
    )


_LISTED_BEFORE = re.compile(
    r"(?:\A|(?<=\s))(?:[Tt]he)\s+(?P<list>(?:[A-Z][\w-]+,\s+)*[A-Z][\w-]+\s+and\s+)\Z"
)


def _listed_start(sentence: str, start: int) -> int:
    """Where a body's name starts when what it is for is a list before its head ("the
    Securities and Exchange Commission", "The Housing, Communities and Local Government
    Committee"): the article before the list shows the list and the head are one name;
    without it ("Siemens and Bosch Group") two names are joined."""
    listed = _LISTED_BEFORE.search(sentence, max(0, start - 120), start)
    return listed.start("list") if listed is not None else start


def _after_person_of(run: list[re.Match[str]], heads: frozenset[str]) -> list[re.Match[str]]:
    """The body after "of" when an office and a name, or a given name and a surname, come
    before it ("Professor Lars Eriksson of Lund University", "Maria Lopez of Nordic
    Bank"): the person is not part of the body's name."""
    from tui.draft.gazetteer import gazetteer
    from tui.draft.nouns import is_english_common_word, is_english_name

    words = [m.group() for m in run]
    if "of" not in words:
        return run
    cut = words.index("of")
    if any(w.casefold() in heads for w in words[:cut]):
        return run
    if cut >= 2 and gazetteer().is_role(words[0]):
        return run[cut + 1 :]
    if cut == 2 and is_english_name(words[0]) and not is_english_common_word(words[1]):
        return run[cut + 1 :]  # "Maria Lopez of Nordic Bank": a name, then her body
    return run


def _before_office_and_name(run: list[re.Match[str]], heads: frozenset[str]) -> list[re.Match[str]]:
    """The words of a run before an office that is followed by a name ("Police Chief
    Michael Cecchini", "Bay City Police Chief …"): the office and the name are a person,
    only what comes before may be a body. An office followed by a head ("UN General
    Assembly") is part of the body's name."""
    from tui.draft.gazetteer import gazetteer

    places = gazetteer()
    for index, match in enumerate(run[:-2]):
        rest = [m.group().rstrip(".,").casefold() for m in run[index + 1 :]]
        if rest[0] == "and":
            continue  # "Department of Health and Social Care": a field, no office
        if places.is_role(match.group()) and not any(w in heads for w in rest):
            before = run[:index]
            while before and before[0].group() in _OFFICE_QUALIFIERS:
                before = before[1:]  # "Acting Rochester Police Chief X": the police
            return before
    return run


_OFFICE_QUALIFIERS = frozenset("Acting Interim Former Outgoing Incoming Deputy".split())
"""Words that qualify the office after them ("Acting … Chief"), no part of a body's name."""


_EN_LOWER_BODY = re.compile(
    r"(?:\b(?P<owner>(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*(?:'s|\u2019s)?)\s+"
    r"|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+"
    r"(?:(?:company|firm|group|carrier|airline|bank|employer|plant|factory)['\u2019]s\s+)?)"
    r"(?P<body>(?:(?!(?:the|a|an|its|their|his|her|said|says|told|and|or|that|of|to|by|in"
    r"|on|at|for|with|from|has|had|have|was|were|is|are)\b)[a-z]+\s+){0,2}?"
    r"(?:ministry|military|army|navy|air\s+force|police|board|federation|presidency"
    r"|fire\s+service|statistics\s+office|electoral\s+authority|central\s+bank"
    r"|coast\s+guard|general\s+staff|prosecutor's\s+office|works\s+council"
    r"|(?:city|county|district|borough|town|parish)\s+council|authority))"
    r"\b(?!\s+[a-z]+(?:ies|[^s]s)\b)"
    r"(?!\s+(?:meeting|session|election|budget|tax|chamber|building)\b)"
)
"""Bodies English writes in lowercase ("the Russian defence ministry", "South Korea's
military", "the fire service", "the regional transport authority" (not "the authority"
or "the transport authority", which point back at a body named before), "its board",
"his federation", "the Danish presidency"); not an adjective before a plural ("the
military capabilities") nor a body's meeting, budget or building ("The next city council
meeting"). The words between owner and body
describe the body ("defence"): a verb or an article there ends the owner's phrase
("Premier X said the army …")."""


_EN_GOVERNMENT = re.compile(
    r"\b(?P<owner>(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*(?:'s|\u2019s)?)\s+(?P<body>government)\b"
)
"""A state's government named by its owner ("the Nigerian government", "Japan's
government"); "the government" alone is the state the story is about."""


_NAMED_COUNCIL = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+(?P<body>council)\b"
    r"(?!\s+(?:tax|house|houses|estate|estates|homes|flats|meeting|leader|officers?|staff"
    r"|members?|candidates?|seats?|elections?)s?\b)"
)
"""A council named by its place in lowercase ("Torfaen council", "the Leeds council"): the
place's council, a body. Its house, tax or meeting is not."""


_QUANTIFIERS = frozenset("Some Many Most Several Other Others All Both Each Every Few No".split())
"""Words that say how many, capitalised at a sentence's start ("Some council …"): never
the place a council is named by."""


def _named_council(sentence: str, found: list[BodyMention]) -> None:
    for match in _NAMED_COUNCIL.finditer(sentence):
        words = match.group("name").split()
        while words and (
            words[0] in _OPENERS or words[0] in _NOT_NAME_STARTS or words[0] in _QUANTIFIERS
        ):
            words.pop(0)
        if not words:
            continue
        start = match.end("name") - len(" ".join(words))
        name = sentence[start : match.end("body")]
        found.append(BodyMention(name, "organisation", start, match.end("body")))


_LOWER_COURT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<body>(?:employment|immigration|industrial|tax)\s+tribunal"
    r"|(?:high|crown|district|county|appeals|appeal|supreme|magistrates'?|federal|regional"
    r"|labour|family)\s+court)(?P<place>\s+in\s+[A-Z][a-z]+)?\b(?!\s+(?:judge|ruling|case"
    r"|hearing|order|papers|documents|filing)s?\b)"
)
"""A court or tribunal English writes in lowercase, perhaps with its seat ("an employment
tribunal in Leeds ruled", "the high court", "a federal court"): the body that rules."""


def _lower_courts(sentence: str, found: list[BodyMention]) -> None:
    for match in _LOWER_COURT.finditer(sentence):
        end = match.end("place") if match.group("place") else match.end("body")
        name = sentence[match.start("body") : end]
        found.append(BodyMention(name, "organisation", match.start("body"), end))


_EN_FUNCTION_WORDS = frozenset(
    "About Above Across After Against Along Amid Among Around As At Before Behind Below"
    " Beneath Beside Between Beyond By Despite During Following For From In Inside Into Like"
    " Near Of Off On Onto Outside Over Past Since Through Throughout To Toward Towards Under"
    " Unlike Until Upon With Within Without Although Because If Once Though Unless When"
    " Whereas While".split()
)
"""English prepositions and conjunctions, a closed class: capitalised at a sentence's
start they open a phrase ("Under government reforms", "After police arrived"), never an
owner's name."""


def _english_lowercase(sentence: str, found: list[BodyMention]) -> None:
    _named_council(sentence, found)
    _lower_courts(sentence, found)
    for match in _EN_GOVERNMENT.finditer(sentence):
        owner = match.group("owner")
        start = match.start("owner")
        first = owner.split(" ", 1)[0]
        if first in _EN_FUNCTION_WORDS:
            if " " not in owner:
                continue
            start += len(first) + 1  # "After Japan's government"
            owner = owner[len(first) + 1 :]
            first = owner.split(" ", 1)[0]
        if first in _OPENERS:
            if " " not in owner:
                continue
            start += len(first) + 1  # "The Scottish government"
        name = sentence[start : match.end("body")]
        found.append(BodyMention(name, "organisation", start, match.end(), owned=True))
    for match in _EN_LOWER_BODY.finditer(sentence):
        if match.group("body").endswith("presidency") and not match.group("owner"):
            continue  # "under his presidency": a term of office; "the Danish presidency" acts
        office = _NEXT_WORD.match(sentence, match.end("body"))
        if office is not None and _office_word(office.group(1)):
            continue  # "a newly promoted police captain": a person's office, not the body
        if office is not None and office.group(1) in _PREMISES:
            continue  # "at the central police station": a building, where, not who
        if (
            match.group("body").endswith("authority")
            and not match.group("body").endswith("electoral authority")
            and match.group("owner") in (None, "The", "This", "That", "Its", "Their")
            and len(match.group("body").split()) < 3
        ):
            continue  # "The transport authority announced": the body named before, again
        owner = match.group("owner")
        start = (
            match.start("owner")
            if owner
            and owner not in ("The", "A", "An", "His", "Her", "Its", "Their")
            and owner not in _EN_FUNCTION_WORDS
            else match.start("body")
        )
        name = sentence[start : match.end("body")]
        found.append(BodyMention(name, "organisation", start, match.end("body"), owned=True))


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


_PREMISES = frozenset(
    "station stations headquarters building buildings base bases barracks car cars van vans"
    " cell cells".split()
)
"""Words after a lowercase body that make the two a place or a thing of it ("police
station", "army base", "police car"), not the body acting."""


def _office_word(word: str) -> bool:
    """A lowercase word for one person's office or rank ("captain", "chief", "officer")."""
    from tui.draft.gazetteer import gazetteer

    return gazetteer().is_role(word)


_MEMBERS_OF = re.compile(
    r"\b(?P<who>[^\W\d_]+)\s+(?:der|des|at)\s+"
    r"(?P<name>[A-ZÄÖÜ][\w\u00C0-\u017F'-]+(?:\s+[A-ZÄÖÜ][\w'-]+){0,2})"
)
"""People of a body, named by the body ("Forschende der Charité", "Ärzte der Mayo
Clinic", "researchers at Karolinska"): a group's word, then the body in the genitive or
after "at"."""


def _members_of(
    sentence: str, language: str, known: frozenset[str], found: list[BodyMention]
) -> None:
    """Bodies named only as the place of a group that speaks ("Forschende der Charité"):
    a name the tagger does not know as a common noun, after a word for a group of
    people; names the gazetteer or a shape rule knows are left to them."""
    from tui.draft.gazetteer import gazetteer

    places = gazetteer()
    for match in _MEMBERS_OF.finditer(sentence):
        if not _people_word(match.group("who"), language):
            continue
        words = match.group("name").split()
        while words and not _body_name_word(words[-1], language):
            words.pop()  # "der Charité Berlin" keeps the place; "der Charité Ende" does not
        if not words or not all(_body_name_word(w, language) for w in words):
            continue
        name = " ".join(words)
        if name in known or any(w in known for w in words) or places.find(name):
            continue
        start = match.start("name")
        found.append(BodyMention(name, "organisation", start, start + len(name)))


_FIRM_AFTER_KIND = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s+(?:[a-zäöüß][\w-]*\s+){0,2}"
    r"(?:(?:Zulieferer|Hersteller|Konzern|Versicherer|Betreiber|Anbieter|Discounter|Reederei)"
    r"|[A-ZÄÖÜ][a-zäöüß]+(?:zulieferer|hersteller|konzern|händler|versicherer|betreiber"
    r"|anbieter|discounter|bauer|kette|reederei|dienstleister|entwickler))s?\s+"
    r"(?P<name>[A-ZÄÖÜ][\w]+(?:-[A-ZÄÖÜ][\w]+)?)(?![\w-])(?!\s+[A-ZÄÖÜ])"
)
"""A firm named right after the kind of firm it is ("den insolventen Zulieferer
Brenntag-Süd", "der Modehändler Kornfeld"): the name, not a noun, is the firm. A bare
"Bauer" or "Händler" is a person's trade, and two capitalised words a person's name."""


def _firms_after_their_kind(sentence: str, known: frozenset[str], found: list[BodyMention]) -> None:
    """Firms named after their kind (see ``_FIRM_AFTER_KIND``): a name the tagger does not
    know as one simple common noun ("Kornfeld", "Brenntag-Süd"; not "Anfang")."""
    from tui.draft.nouns import is_inflected_common_noun, is_simple_common_noun

    for match in _FIRM_AFTER_KIND.finditer(sentence):
        name = match.group("name")
        if name in known or any(m.start <= match.start("name") < m.end for m in found):
            continue
        if is_simple_common_noun(name) or is_inflected_common_noun(name):
            continue  # "der Hersteller Anfang Mai": a word, not a name
        found.append(BodyMention(name, "organisation", *match.span("name")))


def names_a_kind(name: str) -> bool:
    """Whether a body's name says what kind of body it is ("Consumer Product Safety
    Commission", "Bundesamt", "Acme Holdings"): an English head among its words or a
    German compound head at its end."""
    words = name.split()
    return bool(words) and (
        any(w.casefold().removesuffix("'s") in _EN_HEADS for w in words) or _de_head(words[-1])
    )


def _people_word(word: str, language: str) -> bool:
    """A word for people of a body: a group ("Forschende", "researchers"), an office or
    trade ("analyst", "spokeswoman"), or its English plural ("nurses")."""
    from tui.draft.gazetteer import gazetteer

    places = gazetteer()
    if places.is_group(word) or places.is_role(word):
        return True
    return language != "de" and word.endswith("s") and places.is_role(word[:-1])


def _body_name_word(word: str, language: str) -> bool:
    """A capitalised word of a body's proper name: no common noun, no adjective."""
    if not word[:1].isupper() or len(word) < 2:
        return False
    if language != "de":
        return word not in ("The", "A", "An")
    from tui.draft.nouns import is_common_noun

    return not is_common_noun(word) and not _DE_ADJECTIVE.match(word)


_TAKEN_TO = re.compile(
    r"\b(?:taken|rushed|flown|airlifted|brought|transported|driven|admitted|transferred)"
    r"\s+(?:to|into)\s+(?:the\s+)?\Z"
    r"|\b(?:treated|detained|hospitali[sz]ed)\s+(?:at|in)\s+(?:the\s+)?\Z"
)
_CARE_HEADS = ("Hospital", "Infirmary", "Clinic", "Medical Centre", "Medical Center")


def _taken_to_hospital(sentence: str, body: BodyMention) -> bool:
    """Whether a hospital is named as where the hurt were taken or treated ("were taken to
    St Anne's Hospital"): a place; its staff who speak ("a nurse at … Hospital") make it a
    body elsewhere."""
    return (
        body.kind == "organisation"
        and body.name.endswith(_CARE_HEADS)
        and _TAKEN_TO.search(sentence, 0, body.start) is not None
    )


def find_bodies(
    sentence: str, language: str, known: frozenset[str] = frozenset()
) -> list[BodyMention]:
    """Organisations and outlets in ``sentence`` by the shape of their names, in order.

    ``known`` holds words the gazetteer already names (a country's "USA"): they are not
    taken for an unknown organisation's acronym.
    """
    found: list[BodyMention] = []
    if language == "de":
        _firms_after_their_kind(sentence, known, found)
    for match in _MEDIA_BEFORE.finditer(sentence):
        name = match.group("name").rstrip(".,")
        found.append(
            BodyMention(name, "media", match.start("name"), match.start("name") + len(name))
        )
    for match in _MEDIA_APPOSED.finditer(sentence):
        found.append(BodyMention(match.group("name"), "media", *match.span("name")))
    for match in _SAINT_BODY.finditer(sentence):
        if match.group("name").count(" ") >= 2:  # a saint's name alone may be a place
            found.append(BodyMention(match.group("name"), "organisation", *match.span("name")))
    for match in _WEB_OUTLET.finditer(sentence):
        group = "name" if match.group("name") else "name2"
        found.append(BodyMention(match.group(group), "media", *match.span(group)))
    from tui.draft.gazetteer import gazetteer

    if language != "de":
        _newsroom_deeds(sentence, found)
        _states_firms(sentence, found)
        for pattern in (_REPORTED_BY, _TOLD_BEFORE_COLON):
            for match in pattern.finditer(sentence):
                name = match.group("name")
                if name.split()[0] in _TOLD_NOT or _CALENDAR_WORD.match(name):
                    continue
                bare = name.removeprefix("The ")
                if any(m.start == 0 and m.end == len(bare) for m in gazetteer().find(bare)):
                    continue  # "as reported by The Associated Press": the listed agency
                found.append(BodyMention(name, "media", *match.span("name")))
        for match in _TOLD_THE.finditer(sentence):
            words = match.group("name").split()
            if any(w.casefold() in _EN_HEADS or w in _TOLD_NOT for w in words):
                continue
            found.append(BodyMention(match.group("name"), "media", *match.span("name")))
    for match in _MEDIA_NOUN_AFTER.finditer(sentence):
        name = match.group("name")
        if name in ("The", "A", "State", "Daily"):
            continue
        found.append(BodyMention(name, "media", match.start("name"), match.end("name")))
    for match in _OUTLET_NAME.finditer(sentence):
        words = match.group("name").split()
        while words and words[0] in _OPENERS:
            words.pop(0)
        if len(words) == 1 and "-" in words[0]:
            continue  # "Ein Facebook-Post": a message on a platform, not an outlet
        name = " ".join(words)
        found.append(BodyMention(name, "media", match.end() - len(name), match.end()))
    for match in _PLATFORM.finditer(sentence):
        found.append(BodyMention(match.group("name"), "media", *match.span("name")))
    for match in _WIRE.finditer(sentence):
        offset = match.start("names")
        for part in re.finditer(r"[A-Za-z]{2,10}(?:-[A-Z]{2,6})?", match.group("names")):
            if part.start() > 0 and _EDITORS_INITIALS.fullmatch(part.group()):
                continue  # "(dpa/dk)": the agency, then its editor's initials
            start = offset + part.start()
            found.append(BodyMention(part.group(), "media", start, start + len(part.group())))
    for match in _AGENCY_SERVICE.finditer(sentence):
        if _is_outlet(match.group("agency")):
            found.append(BodyMention(match.group(), "media", match.start(), match.end()))
    for match in _NEWSROOMS_OWN.finditer(sentence):
        group = "name" if match.group("name") else "read"
        found.append(BodyMention(match.group(group), "media", *match.span(group)))
    for match in _MEDIA_AFTER.finditer(sentence):
        if match.group("name").casefold() in ("die", "der", "the", "a", "eine", "einer"):
            continue
        name = match.group("name")
        found.append(BodyMention(name, "media", match.start("name"), match.end("name")))
    for match in _CLUB.finditer(sentence):
        cause = _CAUSE_AFTER.match(sentence, match.end())
        if cause is not None and match.group().endswith(" United"):
            # "Citizens United for Pinconning": a club names no cause, a campaign does
            found.append(
                BodyMention(
                    sentence[match.start() : cause.end()], "group", match.start(), cause.end()
                )
            )
            continue
        found.append(BodyMention(match.group(), "organisation", match.start(), match.end()))
    for match in _NATIONAL_BODY.finditer(sentence):
        if match.group("first") not in _NOT_NATIONAL_BODY and language != "de":
            found.append(BodyMention(match.group("name"), "organisation", *match.span("name")))
    for match in _CAMEL_CASE.finditer(sentence):
        name = match.group("name")
        if not name.startswith(_NAME_PREFIXES) and name not in known:
            kind = "media" if _CAMEL_OUTLET_END.search(name) else "organisation"
            found.append(BodyMention(name, kind, match.start(), match.end()))
    if language != "de":
        _kind_before(sentence, found)
        _kind_after(sentence, found)
    for match in _GROUP_BEFORE.finditer(sentence):
        name = match.group("name")
        found.append(BodyMention(name, "group", match.start("name"), match.end("name")))
    for match in _UNNAMED_MEDIA.finditer(sentence):
        found.append(BodyMention(match.group(), "media", match.start(), match.end(), unnamed=True))
    for match in _COMPANY.finditer(sentence):
        start, end = match.start("name"), match.start("name") + len(match.group("name").rstrip("."))
        while " " in sentence[start:end] and sentence[start:end].split(" ", 1)[0] in _OPENERS:
            start += len(sentence[start:end].split(" ", 1)[0]) + 1  # "Die Siemens AG"
        found.append(BodyMention(sentence[start:end], "organisation", start, end))
    if language != "de":
        _company_context(sentence, found)
        _company_deeds(sentence, found)
        _one_word_company(sentence, known, found)
        _common_word_bodies(sentence, found)
        _journals(sentence, found)
        _employers_and_unions(sentence, found)
    _squad_roles(sentence, language, found)
    for match in _AMPERSAND_INITIALS.finditer(sentence):
        found.append(BodyMention(match.group(), "organisation", match.start(), match.end()))
    tickers = ticker_spans(sentence)
    acronyms: list[BodyMention] = []
    for match in _ACRONYM.finditer(sentence):
        word = match.group(1)
        if word in _NOT_ACRONYMS or word in known or _shouted_word(word, language):
            continue
        if _short_for_no_body(sentence, match.start(1), match.end(1), language):
            continue
        if any(s <= match.start(1) < e for s, e in tickers):
            continue
        if language == "de" and _named_thing(sentence, match.start(1)):
            continue
        if _PROGRAMME_AFTER.match(sentence, match.end(1)):
            continue  # "PEPP-Programm", "EFRE-Förderung": a programme
        if _MODEL_NUMBER.match(sentence, match.end(1)):
            continue  # "die Fräsmaschine DX 400", "a Boeing KC 46": a model, not a body
        if language != "de" and _THING_AFTER_EN.match(sentence, match.end(1)):
            continue  # "an air-powered BB gun", "a PCR test": the kind of a thing
        if _SHOUTED_NAME_AFTER.match(sentence, match.end(1)):
            continue  # "LOS ANGELES •", "SAN FRANCISCO -": a place set in capitals
        if word in ISO_CURRENCIES and _AMOUNT_AFTER.match(sentence, match.end(1)):
            continue  # "NOK 212.50", "CHF 1,2 Mrd.": a currency, the amount's unit
        if language != "de" and _post_nominal(sentence, match.start(1), word):
            continue
        last = acronyms[-1] if acronyms else None
        if last is not None and sentence[last.end : match.start(1)] == " ":
            # "IG BCE": two acronyms in a row are one name
            name = sentence[last.start : match.end(1)]
            acronyms[-1] = BodyMention(name, "organisation", last.start, match.end(1))
            continue
        end = match.end(1) + _national_branch(sentence, match.end(1), known)
        end += _word_of_short_name(sentence, word, end)
        start = match.start(1)
        if language != "de" and end == match.end(1):
            start, end = _common_words_beside(sentence, start, end, known)
        name = sentence[start:end]
        acronyms.append(BodyMention(name, "organisation", start, end))
    found.extend(acronyms)
    _dotted_initials(sentence, known, found)
    _mixed_initials(sentence, found)
    _members_of(sentence, language, known, found)
    if language == "de":
        _trade_before(sentence, known, found)
        _municipalities(sentence, found)
        _local_bodies(sentence, found)
        _quoted_venues(sentence, found)
        _plural_offices(sentence, found)
        _german(sentence, found)
        _english(sentence, found, _EN_HEADS_IN_GERMAN, known)
        found = _not_where(sentence, found)
    else:
        _english(sentence, found, known=known)
        _english_lowercase(sentence, found)
        found = [b for b in found if not _taken_to_hospital(sentence, b)]
    # the first (media before organisation, longer before shorter) of overlapping hits wins
    found.sort(key=lambda b: (b.start, -(b.end - b.start)))
    kept: list[BodyMention] = []
    for body in found:
        if kept and body.start < kept[-1].end:
            if body.kind == "media" and kept[-1].kind != "media" and body.end >= kept[-1].end:
                kept[-1] = body
            continue
        kept.append(body)
    return kept
