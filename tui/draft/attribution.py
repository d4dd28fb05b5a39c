"""On whose word a sentence rests, and who speaks a quotation: read off the actors it names.

The sentence's actors come in as :class:`Mention` spans (people, states, bodies, outlets,
unnamed groups); the words around them say which one is the source:

1. an explicit source phrase: "laut X", "X zufolge", "nach Angaben X", "nach
   Polizeiangaben" (the police), "nach Einschätzung/Schätzungen X", "according to X",
   "per X", "citing X", "as reported by X", "…, so X";
2. the subject of a verb of saying, reporting or judging ("X sagte", "sagte X", "teilte
   X mit", "X warf … vor", "X said", "said X", "X told", "X believes"): the actor just
   before the verb, else the first one after it in the same clause; "unter Berufung auf
   Y" inside the clause names where X got it, not X;
3. a pronoun ("er", "sie", "he", "she") or a role with no name ("eine Sprecherin der
   Bahn", "a senior diplomat") as that subject: the person named last, or a new unnamed
   person the role describes;
4. "demnach" (and a sentence that only says who reported the one before, "Das teilte X
   mit") carries the previous sentence's source.
5. a subject the actor finder did not list is read off the noun phrase itself: before the
   verb ("Volunteers have offered", "Die Deutsche Alzheimer Gesellschaft warnte"), before
   a relative clause ("Small island states, which …, said"), after a German verb that
   opens its clause ("äußerte sich der Städtetag"), after a source phrase ("nach
   Einschätzung von Fachleuten"), or opening the sentence ("Ein Förderverein hat nach
   eigenen Angaben …", "…, arguing that"); HanTa tells a German noun from an adverb
   ("Lobend äußerte sich …"). "The company" is the business the sentence named before
   it, "die polnische Regierung" the state its adjective names;
6. verbs of judging and feeling count as saying ("bedauerte", "admitted", "saw him as",
   "schließt … nicht aus"), and so does a body's own plan or count ("Transport for
   London will raise fares", "Die Bundesagentur hat … gezählt"); a vote, a decision or a
   rejection stays the article's report.

7. German V2 order: a body fronted with a dative article ("Der AfD warf Nahles vor",
   "Dem Ministerium hielt sie vor") is the object, and the person or pronoun right after
   the verb speaks; the verb of a relative clause (", which advises …,", ", die … empfahl,")
   is never the main one; an English subject that points back ("The company said it
   expected its U.S. …") keeps the actor after the verb an object; opening or giving a
   speech ("begann seine Rede", "ging auf … ein", "opened her speech") is speaking;
   "according to a state mediator" is a new unnamed person.

8. A paper that shows something rests on its owner ("figures from X show", "The X poll
   puts", "Zahlen des X zeigen"); a name in apposition after a kind of body is the source
   ("His union, GMB, said", an outlet after "His station"), and so is an unnamed body
   the apposition describes ("The operator, a Danish shipping company, said"); an office
   compounded with its body ("der CSU-Politiker") is a person, not the body; a verb of
   saying after "and" shares the sentence's opening subject; a ruling rests on a court,
   a feeling shown ("zeigte sich") on an actor the text names; hearsay "aus …kreisen"
   on those circles; a share of a group on the group ("Six in ten of the respondents");
   a subject named by age and role ("Der 72 Jahre alte Ehrenpräsident") points back.
   An English word of saying after a determiner ("his claim") is a noun. A phrase with
   no determiner is read as German (with HanTa's German model) only in a German
   sentence, so English copy never loads that model.

Quotations take the speaker by the same rules, looking first at the words after the
closing mark ("…“, sagte X", "…," he said, '"…," X, head of Y, said'), then before the
opening one ("X sagte: „…“", "X hielt dagegen: „…“", 'According to him, "…'); a short
clause of any verb after the closing mark frames it ("„…“, eröffnete sie ihre Rede",
'"…," she began', "„…“, befand auch X"); a source phrase after it names its speaker
('"…," according to the X report'); a person named by age ("die 30-Jährige", "the
52-year-old") points back as a pronoun does; a quotation with no attribution in its
sentence continues the paragraph's last speaker; '„…“, so X' names X.
Everything here is a suggestion the draft marks for review.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tui.draft.language import detect_language
from tui.draft.nouns import (
    TEXT_LANGUAGE,
    is_common_noun,
    is_english_common_word,
    is_function_word,
    is_known_common_noun,
    is_proper_name,
)
from tui.draft.outletnames import COMPOUND_HEADS_DE, SOURCE_HEADS, WEB_ENDINGS

__all__ = [
    "SPEECH_VERB",
    "Mention",
    "RoleSpeaker",
    "Source",
    "quote_speaker",
    "role_speaker",
    "sentence_source",
]


@dataclass(frozen=True)
class Mention:
    """An actor named in a sentence: its id, kind and where."""

    actor: str
    kind: str
    start: int
    end: int
    adjective: bool = False
    """A country's adjective ("russische"): never the subject of a verb."""


@dataclass(frozen=True)
class RoleSpeaker:
    """A person the text names only by role ("eine Sprecherin der Bahn")."""

    name: str
    start: int
    end: int
    kind: str = "person"
    """``organisation`` for "nach Polizeiangaben" (the police)."""


@dataclass(frozen=True)
class Source:
    """Who a sentence or quotation rests on: an actor id, a role, or a pronoun."""

    actor: str | None = None
    role: RoleSpeaker | None = None
    pronoun: bool = False
    carried: bool = False
    """The previous sentence's source ("demnach")."""
    cue: str = ""
    """The words that show it ("laut", "sagte", "he said")."""


_SPEECH_DE = (
    r"sagte|sagten|sagt|sagen|erklärte|erklärten|erklärt|erklären|betonte|betonten|betont"
    r"|warnte|warnten|warnt|warnen|meinte|meint|meinen|schrieb|schreibt|schreiben|berichtete"
    r"|berichteten|berichtet|berichten|meldete|meldeten|meldet|teilte|teilten|teilt"
    r"|kündigte|kündigten|kündigt|argumentierte|argumentiert|bezeichnete|bezeichnet"
    r"|nannte|nannten|nennt|kritisierte|kritisierten|kritisiert|forderte|forderten|fordert"
    r"|verlangt|verlangte|verlangten"
    r"|verlautete|verlauteten|verlautet"
    r"|erläuterte|erläuterten|erläutert"
    # the plural of the present and past a group speaks in ("Die Händler argumentieren, …")
    r"|argumentieren|argumentierten|betonen|meinten|entgegnen|entgegneten|ergänzen"
    r"|ergänzten|bekräftigen|bekräftigten|beteuern|beteuerten|beteuerte|beteuert|monieren"
    r"|monierten|verweisen|verwiesen|widersprechen|widersprachen|erläutern|bemängelten"
    # a group's present plural of a separable verb: "teilen die Grünen mit", "Die Verbände
    # weisen die Vorwürfe zurück" ("teilen die Sorge" shares, no saying)
    r"|(?:teilen|weisen)(?=[^,.;:]*\s(?:mit|zurück|hin)(?:\s*[,.;:!?]|\s*\Z|\s+dass\b))"
    # and the past plurals the list lacked ("Die Verbände bezeichneten …", "Die Zeugen
    # schilderten"): a group speaks as one person does (a present plural is also the
    # infinitive after a modal, "könnte … verlangen", so only a separable one is listed)
    r"|bezeichneten|versprachen|fügten|dementierten|appellierten|appelliert|antworteten"
    r"|antwortet|unterstrichen|unterstreicht|mahnten|verurteilten|schilderte|schilderten"
    r"|schildert|kündigen(?=[^.;:]*\san(?:\s*[,.;:!?]|\s*\Z|\s+dass\b))"
    # more German ways of saying, objecting and assuring ("Die Ministerin hob hervor",
    # "wandte ein", "pochte auf", "ließ verlauten"); "bekannte" only as "bekannte sich"
    # (not "die bekannte Sängerin"), "versicherte" only before what was assured
    r"|beschwerte(?=\s+sich\b)|beschwerten(?=\s+sich\b)|schimpfte|schimpften|protestierte"
    r"|protestierten|pochte|pochten|plädierte|plädierten|signalisierte|signalisierten"
    r"|konterte|konterten|verkündete|verkündeten|präzisierte|skizzierte|beschwichtigte"
    r"|relativierte|verneinte|bejahte|twitterte|postete|bekannte(?=\s+sich\b)"
    r"|(?:versicherte|versicherten)(?=\s*,|\s+(?:\S+\s+){0,5}?dass\b)"
    r"|(?:hob|hoben|hebt)(?=[^.;:]*\shervor\b)"
    r"|(?:wandte|wandten|wendet)(?=[^.;:]*\sein(?:\s*[,.;:!?]|\s*\Z|\s+dass\b))"
    r"|(?:deutete|deuteten|deutet)(?=[^.;:]*\san(?:\s*[,.;:!?]|\s*\Z|\s+dass\b))"
    r"|(?:ließ|ließen)(?=[^.;:]*\b(?:verlauten|mitteilen|ausrichten|wissen)\b)"
    # a group's rejection is its view ("Umweltverbände lehnen das ab"); a body's or a
    # state's is a decision the article reports (see _speaks_as)
    r"|(?:lehnt|lehnen|lehnte|lehnten)(?=[^,.;:]*\bab\b)"
    # raising the alarm: "Der Apothekerverband schlägt Alarm"
    r"|(?:schlägt|schlagen|schlug|schlugen)(?=\s+(?:\S+\s+){0,3}Alarm\b)"
    # assuming: "Die Ermittler gehen davon aus, dass …"
    r"|(?:geht|gehen|ging|gingen)(?=\s+(?:\S+\s+){0,2}(?:davon\s+aus\b|von\s[^,.;:]{1,60}?\baus\b))"
    r"|versprach|verspricht|sprach|spricht|sprachen|wies|wiesen|weist"
    # reproaching ("warf ihm Versagen vor"), not throwing something to someone ("warf ihm
    # eine Kusshand zu", "warf den Ball weg")
    r"|(?:warf|warfen|wirft|werfen)(?![^.;:,]*\s(?:zu|ab|weg|um|hinaus|raus|nieder|hin"
    r"|hinterher)(?:\s*[,.;:!?]|\s*\Z|\s+(?:und|oder|aber|sowie)\b))"
    r"|räumte|räumt|räumen|räumten|fügte|fügt|erwarten|erwartet|erwartete|schätzen|schätzt|schätzte"
    r"|vermuten|vermutet|glaubt|glauben|hielt|halten|hält|beharrt|behauptet|behaupten"
    r"|behauptete|bestätigte|bestätigt|dementierte|verwies|zitierte|zitiert|appellierte"
    r"|drohte|droht|rechnet|rechnen|befürchten|befürchtet|fürchten|fürchtet|verteidigte"
    r"|ausgesprochen|angekündigt|gefordert|erklärt|betont|gewarnt|kritisiert|bestätigt"
    r"|zugesagt|versprochen|bezeichnet|vorgeworfen|zurückgewiesen|dementiert|gemeldet"
    r"|gesagt|ausgesagt|erzählt|geschildert"
    r"|mitgeteilt|eingeräumt|behauptet|erinnerte|erinnert|gratulierte|bemerkte|antwortete"
    # putting a number on something: "Die Stadt beziffert den Schaden auf …"
    r"|beziffert|bezifferte|bezifferten|beziffern"
    # declining to confirm or comment: "Ein Sprecher wollte das nicht bestätigen"
    r"|bestätigen(?<=nicht\sbestätigen)|kommentieren(?<=nicht\skommentieren)"
    r"|aufgefordert|forderte\s+auf|entgegnete|entgegnet|ergänzte|ergänzt|kommentierte|unterstrich"
    r"|mahnte|mahnt|verurteilte|verurteilt|beklagte|beklagt|lobte|lobt|widersprach|bekräftigte"
    # informing someone is telling them: "Darüber informierte die Richterin", "informierten
    # die Stadtwerke am Montag" (the finite past only: "wurden informiert" is whom)
    r"|informierte|informierten"
    # thanking someone is saying so: "Sie dankte den Helfern", "bedankte sich bei"
    r"|dankte|dankten|bedankte|bedankten"
    r"|bekräftigt|bilanzierte|resümierte|mitteilte|mitteilten|bekanntgab|bekanntgaben|ankündigte"
    # the present of a body's notice in a side clause ("Wie das Landratsamt mitteilt, …")
    # and a notice given ("hat … bekannt gegeben", "gab am Montag bekannt")
    r"|mitteilt|bekanntgibt|bekanntgegeben|gegeben(?<=bekannt\sgegeben)"
    r"|(?:gab|gaben|gibt|geben)(?=\s+(?:\S+\s+){0,5}?bekannt\b)"
    # the present of commenting and pointing to ("kommentiert der Trainer", "Die Bahn
    # verweist auf …")
    r"|kommentiert(?!\s+(?:werden|worden|wurde|wurden)\b)|verweist"
    # rating something as ("stuft die Gefahr als gering ein"): a body's or a person's view
    r"|(?:stuft|stufen|stufte|stuften)(?=[^.;:]*\bals\b[^.;:]*\sein\b)"
    r"|ankündigten|sehen\s+darin|sieht\s+darin|sahen\s+darin|würdigte|würdigten|würdigt"
    r"|begrüßte|begrüßten|begrüßt|reagierte|reagierten"
    # raising the voice: "sprang auf und schrie: …"
    r"|schrie|schrien|brüllte|brüllten|rief|riefen"
    # forecasting, analysing, concluding, praising: the subject's own reading of things
    r"|prognostizierte|prognostizierten|prognostiziert|prognostizieren|prophezeite"
    r"|prophezeit|analysierte|analysierten|folgerte|folgerten|befand"
    r"|pries|priesen|preist|rühmte|rühmten|rühmt"
    # showing a feeling: "zeigte sich „fassungslos“", "gab sich zuversichtlich" (of a
    # person only: "Der Euro zeigte sich unbeeindruckt" is the market's report)
    r"|(?:zeigte|zeigten|zeigt|gab|gaben|gibt|fühlt|fühlte|fühlen|fühlten)(?=\s+sich\b)"
    # putting a figure on something: "beziffert den Schaden auf eine Million Euro"
    r"|beziffert|bezifferte|bezifferten|beziffern|veranschlagt|veranschlagte|taxiert|taxierte"
    r"|entschied|entschieden|urteilte|urteilten"
    # denying what one is accused of: "Sein Berater bestreitet die Vorwürfe"
    r"|bestreitet|bestritt|bestreiten|bestritten"
    # holding a stance: "Die Ökonomen sind skeptisch", "Sie ist überzeugt, dass …"
    r"|(?:ist|sind|war|waren|bleibt|bleiben|blieb|blieben)(?=\s+(?:(?:nicht|weniger|sehr|eher"
    r"|weiter|weiterhin|noch|deutlich|auch|nun)\s+)*(?:zuversichtlich|skeptisch|optimistisch"
    r"|pessimistisch|überzeugt)\b)"
    # finding: "Die Forschenden stellten fest, dass …", "fanden heraus, dass …"
    r"|(?:stellten|stellte|stellen|stellt)(?=\s+(?:\S+\s+){0,4}fest\b)"
    r"|(?:fanden|fand|finden|findet)(?=\s+(?:\S+\s+){0,4}heraus\b)"
    r"|(?:kamen|kam|kommen|kommt)(?=\s+(?:\S+\s+){0,4}zu\s+dem\s+(?:Schluss|Ergebnis)\b)"
    # stating: "Sie gab an, …", "gab als Grund an, dass …"
    r"|(?:gab|gaben|gibt)(?=(?:\s+[\w-]+){0,3}\s+an\b\s*[,:])"
    # judging, feeling, advising: the subject holds the view (a vote, a decision or a
    # rejection is an event the article reports, as "stimmte zu", "beschloss", "lehnt ab")
    r"|bedauerte|bedauerten|bedauert|bedauern|begründete|begründeten|begründet|gestand"
    r"|gestanden|empfahl|empfahlen"
    r"|empfiehlt|empfehlen|riet|rieten|rät|raten|hofft|hoffen|hoffte|hofften|bezweifelt"
    r"|bezweifeln|bezweifelte|zweifeln|äußerte|äußerten|äußert|geäußert"
    r"|bemängelte|bemängelt|monierte|moniert|beklagten|beklagen|bemängeln|loben|kritisieren"
    r"|(?:sah|sieht|sahen|betrachtete|betrachtet)(?=\s+(?:\S+\s+){0,6}als\b)"
    # ruling something out or in: "schließt Brandstiftung nicht aus"
    r"|(?:schließt|schließen|schloss|schlossen)(?=[^,.;:]*\baus\b)"
    r"|ausgeschlossen(?<=nicht\sausgeschlossen)"
    r"|lobten|kritisieren|fordern|warnen"
    # opening, closing or giving a speech, taking up a topic in it: "begann seine Rede mit
    # …", "eröffnete ihre Rede", "ging auf die Konflikte ein"
    r"|(?:begann|begannen|beginnt|eröffnete|eröffneten|eröffnet|beendete|beendet|schloss"
    r"|hielt|hält)(?=\s+(?:seine|ihre|die|eine)\s+(?:\w+\s+)?(?:Rede|Ansprache"
    r"|Regierungserklärung|Pressekonferenz|Stellungnahme|Predigt|Erklärung)\b)"
    r"|(?:ging|gingen|geht|gehen)(?=\s+[^,.;:]*\bauf\b[^,.;:]*\sein\b)"
    # calling on someone: "rief … zu Toleranz auf"
    r"|(?:rief|riefen|ruft|rufen)(?=[^.;:]*\bauf\b\s*[,.;:]?)"
    # a view held or not shared: "X kann die Kritik nicht nachvollziehen", "Y sieht das
    # gelassener"
    r"|nachvollziehen|nachvollziehbar"
    # seeing something the text quotes is a view: "Der Vorsitzende sieht zwar „leichte
    # Fortschritte“"
    r"|(?:sieht|sehen|sah|sahen)(?=\s+(?:[\w-]+\s+){0,3}[\u201e\u201c\u00bb\"])"
    # seeing reasons, signs, chances or risks is a view: "Dafür sehen sie mehrere Gründe"
    r"|(?:sieht|sehen|sah|sahen)(?=\s+(?:[\w-]+\s+){0,4}(?:Gründe|Grund|Anzeichen|Chancen?"
    r"|Risiken|Gefahren|Handlungsbedarf|Vorteile|Nachteile)\b)"
    r"|(?:sieht|sehen|sah|sahen)(?=\s+(?:\S+\s+){0,3}(?:gelassen|gelassener|entspannt"
    r"|entspannter|anders|kritisch|kritischer|skeptisch|skeptischer|positiv|positiver)\b)"
)
_SPEECH_EN = (
    r"said|says|say|told|tells|added|adds|wrote|writes|warned|warns|explained|stressed"
    r"|argued|argues|claimed|claims|claim|accused|accuses|insisted|insists|noted|note|notes"
    r"|reported|reports|announced|announces|believes|believe|believed|estimate|estimates"
    r"|estimated|expects|expect|expected|fear|fears|feared|suggested|suggests|called|calls"
    r"|described|describes|describe(?=\s+(?:\S+\s+){0,6}?as\b)|dismissed|dismisses|denied|denies|urged|urges|promised|promises"
    r"|cautioned|confirmed|confirms|acknowledged|predicted|predicts|warn|argue|say|think(?!\s+tanks?\b)"
    # calling back an envoy or goods is no remembering: "recalled its ambassador"
    r"|thinks|recalled(?!\s+(?:(?:its|their|his|her|the|some|about|nearly|more\s+than)\s+)?"
    r"(?:[\w-]+\s+)?(?:ambassadors?|envoys?|diplomats?|vehicles|cars|products|batches|units"
    r"|models|troops|[\d,.]+)\b)|reiterated|replied|responded|conceded|quoted|quotes|deplored"
    r"|condemned|welcomed|praised|saying|vowed|vows|signalled|signaled|stated|declared|pledged"
    r"|maintained|asserted|alleged|blamed|hailed|hails|credited|credits"
    r"|contends|contended|contend|maintains|asserts|reckons|reckoned"
    # judging, feeling, offering: the subject holds the view or makes the offer (a vote
    # or a decision is an event the article reports)
    r"|admitted|admits|admit|regretted|regrets|regret|offered|offers"
    r"|hope|hopes|hoped|recommended|recommends|recommend|advised|advises"
    r"|criticised|criticized|criticises|criticizes|praised|praises|thanked"
    r"|questioned|questions|doubted|doubts|doubt|complained|complains|lamented|apologised"
    r"|apologized|welcomes|welcome|promise|pledges|insist|concede|concedes|disagreed"
    r"|disagrees|disagree|objected|objects"
    # raising the voice: 'several MPs shouted "when?"', "fans chanted his name"
    r"|shouted|shouts|yelled|yells|chanted|chants|heckled"
    # disclosing, reminding, naming, forecasting, pointing to a risk
    r"|disclosed|discloses|disclose|revealed|reveals|reminded|reminds|remind|labelled|labeled"
    r"|branded|dubbed|projecting|forecasting|expecting|predicting|estimating|pegged|pegs|projected"
    # putting a number on something: "The campaign put it at 7,000"
    r"|(?:put|puts)(?=\s+(?:it|them|the\s+\w+|its\s+\w+|their\s+\w+)\s+at\s+(?:about\s+|around\s+"
    r"|some\s+|roughly\s+|nearly\s+)?[\d£$€])"
    r"|(?:forecast|forecasts)(?=\s+that\b)"
    # tipping a favourite: "Variety had tipped the thriller as the favourite"
    r"|(?:tipped|tips|tip)(?=\s+(?:\S+\s+){0,6}?(?:as|to|for)\b)"
    # holding a stance: "X is far more bullish", "She isn't confident that …"
    r"|(?:is|are|was|were|remains|remain|remained|isn['\u2019]t|aren['\u2019]t|wasn['\u2019]t"
    r"|weren['\u2019]t)(?=\s+(?:(?:not|far|much|more|less|very|still|increasingly|now|also)\s+)*"
    r"(?:bullish|bearish|optimistic|pessimistic|confident|sceptical|skeptical|hopeful|doubtful"
    r"|enthusiastic|keen|cautious|relaxed"
    r"|convinced|upbeat|downbeat|unhappy|unconvinced|worried|concerned|opposed|angry"
    r"|furious)\b)"
    # finding: what a study's authors or an inquiry found ("Researchers found that …")
    r"|(?:found|find|finds|discovered|discover|discovers|concluded|conclude|concludes"
    r"|established|showed|show|shows|demonstrated|demonstrates)(?=\s+that\b)"
    # and a closing one: "…, the study team concluded."
    r"|(?:concluded|concludes)(?=\s*[.!])"
    r"|write"
    # wanting and demanding: the subject holds the demand ("The union wants a ratio …"),
    # also as it goes on ("The union is urging the public to sign", "is calling on")
    r"|wants|demanded|(?:is|are|was|were)\s+(?:urging|demanding"
    r"|calling(?=\s+(?:on|for)\b))"
    # a court's ruling rests on the court: "…, an employment tribunal ruled on Friday"
    r"|ruled|rules"
    # ruling something out or in: "did not rule out an early end"
    r"|(?:rule|ruling)(?=\s+out\b)"
    r"|(?:point|points|pointed|pointing)(?=\s+(?:to|out)\b)"
    r"|(?:sounded|sounds|sound|raised|raises|raise)(?=\s+the\s+alarm\b)"
    r"|(?:raised|raises|raise|voiced|voices|voice|expressed|expresses|express)(?=\s+(?:(?:serious"
    r"|grave|deep|strong|some|many|new|further|their|his|her|its|the|no)\s+){0,2}"
    r"(?:concerns?|doubts?|fears?|worries|reservations|criticism|objections?|alarm|support"
    r"|opposition|anger|frustration|disappointment)\b)"
    # rejecting what another side argues is a view of one's own ("The judges rebuffed the
    # contention that …", "rejected the claim"); rejecting a bill or an offer is a decision
    r"|(?:rejected|rejects|reject|rebuffed|rebuffs|rebuff)(?=\s+(?:(?:the|their|his|her|its"
    r"|this|that|these|those|such|any|all|an?)\s+)?(?:[\w-]+\s+)?(?:arguments?|contentions?"
    r"|claims?|suggestions?|notions?|idea|allegations?|accusations?|criticism|charges?"
    r"|assertions?|views?|characteri[sz]ation)\b)"
    # more ways of saying, judging and appealing in English news copy ("The union hit out
    # at the plan", "She played down fears", "Police appealed for witnesses"); a title
    # defended or a silence observed is no saying
    r"|slammed|slams|(?:hit|hits|lashed|lashes)(?=\s+out\b)|(?:played|plays)(?=\s+down\b)"
    r"|downplayed|downplays|rebuked|rebukes|emphasised|emphasized|emphasises|emphasizes"
    r"|underlined|reaffirmed|reaffirms|hinted|mentioned|commented|remarked|testified"
    r"|explains|stresses|appealed|appeals(?=\s+(?:for|to)\b)"
    r"|(?:observed|indicated|indicates)(?=\s+that\b)"
    r"|defended(?!\s+(?:their|his|her|its|the)\s+(?:[\w-]+\s+)?(?:titles?|crown|goal|lead"
    r"|seats?|records?|line|area|position)\b)"
    # paying tribute is praising: "The mayor paid tribute to the crews"
    r"|(?:paid|pays|pay|paying)(?=\s+(?:(?:a|an|his|her|their|its|warm|glowing|emotional)\s+)?"
    r"tributes?\b)"
    # what a court or an inquest was told ("…, the court heard"), and views held of someone
    r"|heard(?<=court\sheard)|heard(?<=jury\sheard)|heard(?<=inquest\sheard)"
    r"|heard(?<=tribunal\sheard)"
    r"|(?:saw|sees|viewed|views|regarded|regards|rate|rates|rated)(?=\s+(?:\S+\s+){0,5}as\b)"
    # opening, closing or giving a speech: "opened her speech with", "ended his remarks"
    r"|(?:began|begins|opened|opens|ended|ends|closed|closes|concluded|gave|delivered)"
    r"(?=\s+(?:his|her|their|its|a|the)\s+(?:\w+\s+)?(?:speech|remarks|address|statement"
    r"|testimony|keynote|briefing)\b)"
)
_PARTICIPLES = frozenset(
    "ausgesprochen angekündigt gefordert erklärt betont gewarnt kritisiert bestätigt zugesagt"
    " versprochen bezeichnet vorgeworfen zurückgewiesen dementiert gemeldet mitgeteilt"
    " eingeräumt behauptet berichtet gesagt ausgesagt erzählt geschildert geäußert"
    " ausgeschlossen".split()
)


def _top_level(alternatives: str) -> list[str]:
    """The branches of a regular expression's top-level alternation."""
    branches: list[str] = []
    depth, start, position, in_class = 0, 0, 0, False
    while position < len(alternatives):
        char = alternatives[position]
        if char == "\\":
            position += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(alternatives[start:position])
            start = position + 1
        position += 1
    branches.append(alternatives[start:])
    return branches


def _initials(branch: str) -> set[str]:
    """The letters a branch can begin with: its own first letter, or those of the
    branches of the group it opens with ("(?:lehnt|lehnen)…")."""
    if branch[:1].isalpha():
        return {branch[0].casefold()}
    depth, position = 0, 0
    while position < len(branch):
        char = branch[position]
        if char == "\\":
            position += 2
            continue
        depth += (char == "(") - (char == ")")
        if depth == 0:
            inner = branch[3:position]  # after "(?:"
            return set().union(*(_initials(b) for b in _top_level(inner)))
        position += 1
    raise ValueError(branch)


def _by_initial(alternatives: str) -> str:
    """The same alternation, its branches grouped under their first letter: a position
    that starts with "s" tries only the verbs in "s" (one look ahead per letter, not
    one try per verb), and within a letter the branches keep their order, so the
    first that matches is the one the flat list would have matched."""
    branches = _top_level(alternatives)
    letters: dict[str, list[str]] = {}
    for branch in branches:
        for letter in sorted(_initials(branch)):
            letters.setdefault(letter, []).append(branch)
    return "|".join(f"(?={letter})(?:{'|'.join(group)})" for letter, group in letters.items())


_SPEECH = re.compile(rf"\b(?:{_by_initial(_SPEECH_DE + '|' + _SPEECH_EN)})\b", re.IGNORECASE)
SPEECH_VERB = _SPEECH
"""A verb of saying, reporting, judging or feeling, German or English (any case: callers
that need the verb, not a noun, check that it is lowercase)."""


_SAID_NOTHING = re.compile(
    r"\s+sich\s+(?:(?:zunächst|bislang|bisher|dazu|noch|auf\s+Anfrage)\s+){0,3}(?:nicht|nie)\b",
    re.IGNORECASE,
)
"""After "äußerte": "äußerten sich zunächst nicht", someone said nothing; the sentence
reports that, on the article's word, as "declined to comment" does."""


@functools.lru_cache(maxsize=256)
def _speech_verbs(sentence: str) -> tuple[re.Match[str], ...]:
    """Every verb of saying in the sentence, found once: the word list is long, and the
    rules look through the same sentence more than once. "äußerte sich nicht" says
    nothing, so it is no verb of saying, and a closing "concluded" with no clause before
    it ends something."""
    return tuple(
        verb
        for verb in _SPEECH.finditer(sentence)
        if not (
            verb.group().lower().startswith("äußer") and _SAID_NOTHING.match(sentence, verb.end())
        )
        and not (
            verb.group().startswith("conclude")
            and "," not in sentence[: verb.start()]
            and not sentence[verb.end() :].lstrip().startswith("that")
        )  # "The talks concluded.": an end, not a finding closing what was said
    )


_SOURCE_AFTER = re.compile(
    r"\b(?:laut\s+(?:den\s+)?(?:Angaben|Schätzungen|Berechnungen|Informationen|Erkenntnissen)"
    r"|laut|according\s+to|per|as\s+reported\s+by|reported\s+by"
    r"|nach\s+(?:eigenen\s+)?Angaben|nach\s+(?:der\s+)?Einschätzung|nach\s+Schätzungen"
    r"|nach\s+(?:Überzeugung|Auffassung|Ansicht|Meinung|Darstellung|Erkenntnissen)"
    r"|nach\s+einem\s+(?:Gutachten|Bericht)(?=\s+de[sr]\s)"
    r"|nach\s+einer\s+(?:Studie|Analyse|Umfrage|Erhebung|Auswertung)(?=\s+de[sr]\s)"
    r"|nach\s+Informationen|nach\s+(?:einer\s+)?Berechnung(?:en)?|nach\s+(?:der\s+|einer\s+)?Schätzung"
    r"|nach\s+(?:den\s+)?Worten|nach\s+(?:eigener\s+)?Aussagen?"
    r"|aus\s+(?:der\s+)?Sicht|in\s+den\s+Augen|so|(?:Kritik|Lob|Widerspruch|Zustimmung|Protest)"
    r"\s+(?:kam(?:en)?|kommt|kommen)\s+(?:(?:auch|vor\s+allem|zudem)\s+)?(?:vo[nm]|aus)"
    r"|(?:criticism|praise)\s+(?:came|comes)\s+(?:also\s+)?from"
    r"|(?:drew|draws|drawn|met\s+with|meets\s+with|faced|faces|sparked|prompted)\s+(?:\w+\s+)?"
    r"(?:criticism|opposition|resistance|objections|anger|praise)\s+from)\b"
    r"(?:\s+(?:von|des|der|dem|den|the))?"
    r"(?:\s+|(?<=eigenen\sAngaben)(?=,))",
    re.IGNORECASE,
)
_FROM_CRITICS = re.compile(r"\sfrom\s*\Z")
"""A source phrase that ends in "from" ("drew criticism from", "criticism came from"):
an unnamed group may follow it bare ("from commuters")."""
_LEADING_SIDE_CLAUSE = re.compile(
    r"\W*(?:Als|Wenn|Nachdem|Während|Bevor|Sobald|When|After|While|Before|Once|Just\s+as)\s"
    r"[^,;:]+,"
)
"""A side clause of time that opens the sentence, to its first comma ("Als die Richterin
erklärte, …", "When the mayor finished speaking, …"): a verb of saying in it is not the
main clause's, when the main clause has one of its own."""
_MET_WITH = re.compile(
    r"\b(?:stößt|stieß|stoßen|stießen|trifft|traf|treffen|trafen)\s+(?:\w+\s+){0,2}?"
    r"(?:bei|in|im|beim)\s+(?P<who>[^,;:.]{2,60}?)\s+auf\s+(?:\w+\s+)?(?:Kritik|Widerstand"
    r"|Ablehnung|Skepsis|Unverständnis|Zustimmung|Protest|Empörung|Widerspruch)\b"
)
"""German "X stößt bei/in Y auf Widerstand" (Y objects to X): Y's view, as "Kritik kommt
von Y" is."""
_FOR_PERSON = re.compile(
    r"\W*Für\s+(?P<who>[^,;:.]{2,60}?)\s+(?:ist|war|wäre|bleibt|blieb)\s+(?:das|dies|es"
    r"|klar|eindeutig|offensichtlich|unstrittig|fraglich)\b"
)
"""German "Für X ist das …" opening the sentence, X a person the text names: X's judgement
("Für Richterin Voss war das nicht ausreichend", "Für Trainer Kern ist klar, dass …"); a
group or a thing after "für" ("Für die Reedereien heißt das", "Für Besucher öffnet") is
who it concerns, not whose word it is."""
_TRAILING_ARTICLE = re.compile(r"(?<=\s)(?:des|der|dem|den|the)\s+\Z", re.IGNORECASE)


def _role_after_article(sentence: str, match: re.Match[str], end: int) -> RoleSpeaker | None:
    """A role whose article the source phrase took in (", so der Sprecher der Bahn",
    "laut der Sprecherin des Vereins"): read from the article on. The bench of a court
    ("nach Auffassung der Richter") is left to the court named before."""
    article = _TRAILING_ARTICLE.search(match.group())
    if article is None:
        return None
    role = role_speaker(sentence, match.start() + article.start(), end)
    if role is None or court_word(role.name.split(" ")[0]):
        return None
    return role


_GERMAN_SOURCE_PHRASE = re.compile(
    r"(?i:nach|laut|aus\s+(?:der\s+)?Sicht|in\s+den\s+Augen)\b"
    r"|(?:Kritik|Lob|Widerspruch|Zustimmung|Protest)\s+k(?:am|ommt|ommen)\b"
)
"""A German source phrase, after which a plain noun names the source ("nach Angaben von
Fachleuten", "aus Sicht der Kammer")."""
_SOURCE_BEFORE = re.compile(r"\s+zufolge\b", re.IGNORECASE)
_COMPOUND_SOURCE = re.compile(
    r"\b(?i:nach)\s+(?P<who>[A-ZÄÖÜ][a-zäöüß]+?|[A-ZÄÖÜ][\wäöüß]*(?=-))(?:angaben|-Angaben)\b"
)
"""A body compounded with its figures: "nach Polizeiangaben", "nach Bahn-Angaben"."""
_OWN_INFORMATION = re.compile(r"\b(?i:nach)\s+(?P<who>\w+)-(?:Informationen|Recherchen)\b")
"""An outlet's own reporting: "Nach dpa-Informationen", "nach Spiegel-Recherchen"."""
_CITING = re.compile(
    r"\b(?i:unter\s+Berufung\s+auf)\s+(?:(?:die|den|der|das|dem|eine[nmr]?)\s+)?[\w-]+"
    r"(?:\s+[A-ZÄÖÜ][\w-]*)*|\b(?i:citing)\b[^,;:]*"
)
_PLACE_WORD = re.compile(r"\b(?:in|im|aus|bei|beim|vom)\s+(?:der\s+|dem\s+|den\s+)?\Z", re.I)
"""Where "hieß es" was heard: "Im Kreml hieß es", "Aus Regierungskreisen heißt es"."""
_PLACE_WORD_OPENS = re.compile(r"(?:in|im|aus|bei|beim|vom)\s", re.IGNORECASE)
"""A name found with the word of place it opens with ("Aus Regierungskreisen")."""
_CIRCLES = re.compile(
    r"\b(?:[Aa]us|[Ii]n)\s+(?:den\s+)?(?P<who>[\w-]*[Kk]reisen)\b"
    r"(?P<whose>\s+(?:der|des)\s+[A-ZÄÖÜ][\w-]+)?"
)
"""Circles heard from ("aus Polizeikreisen", "in Koalitionskreisen"): a group."""
_CLOSING_HEARSAY = re.compile(
    r",\s*(?:so\s+)?(?:(?:hieß|heißt)\s+es(?:\s+(?:weiter|zudem|außerdem|dazu|ferner))?"
    r"|it\s+(?:was|is)\s+(?:also\s+)?said)\W*\Z",
    re.IGNORECASE,
)
"""A hearsay that closes its sentence with nobody after it ("…, hieß es.", "…, hieß es
weiter.", "…, it was said."): the words go on from the source before."""

_HEARSAY = re.compile(r"\b(?:hieß|heißt)\s+es\b", re.IGNORECASE)
_PAPER = re.compile(
    r"\s+in\s+(?:einem|einer|dem|der)\s+(?:[\w-]+\s+)?(?:Entwurf|Bericht|Papier|Schreiben|Brief"
    r"|Mitteilung|Erklärung|Studie|Gutachten|Vorlage|Analyse|Stellungnahme)\b"
)
"""The paper "es heißt" in, which names whose it is ("in einem Entwurf des Ministeriums")."""
_HEARD_FROM = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:bei|beim|aus|von|vom|seitens)"
    r"\s+(?:(?:der|dem|den|des)\s+)?"
)
"""Whom "heißt es" was heard from, right after it or after a word or two of time
("heißt es beim Fahrgastverband Pro Bahn", "hieß es aus dem Innenministerium", "hieß es
am Abend von der Gewerkschaft")."""
_SUBORDINATOR = (
    r"obwohl|weil|da|wenn|als|dass|ob|nachdem|bevor|während|sodass|damit|falls|indem|sobald"
    r"|although|because|since|while|when|if|after|before|though|unless|whereas|once|until"
)
"""Words that open a side clause: what they open between commas is no apposition."""
_APPOSITION = re.compile(
    rf",(?!\s*(?i:{_SUBORDINATOR})\b)(?:[^,;:„“\"]|(?<=\d),(?=\d)){{1,140}},\s*"
    r"(?:(?:has|have|had|is|was|will|would|hat|hatte|habe)\s+)?\Z"
)
"""Words set off by commas before a verb, perhaps with its auxiliary ("X, the EU's
commissioner, said", "X, an analyst at Y, has put"); a comma between digits ("80,000")
is part of a number, not a break."""
_CARRY = re.compile(r"\b(?:demnach|dementsprechend)\b", re.IGNORECASE)
_PRONOUN = re.compile(
    r"\b(?:er|sie|he|she|they|(?:der|die|the)\s+(?:[a-z]+\s+)?\d+-(?:Jährige|year-old)"
    r"|(?:der|die)\s+\d+\s+Jahre\s+alte\s+[A-ZÄÖÜ][\w-]*)\b",
    re.IGNORECASE,
)
"""A pronoun, or a person named by age alone ("die 30-Jährige", "the 52-year-old"), which
points back at the person named last as a pronoun does."""
_MOVED_TO_SAY = re.compile(
    r"\b(?:prompted|prompts|led|leads|moved|moves|forced|forces|drove|drives|inspired"
    r"|inspires|provoked|provokes)\s+(?P<who>[^,;:]{2,60}?)\s+to\s+\Z"
)
"""An English verb that moves someone to speak ("It prompted one councillor to describe
…", "The ruling led the minister to warn …"): the one moved is the subject of saying."""
_IMPERSONAL_BEFORE = re.compile(
    r"(?:\A\W*|[,;]\s*|\b(?:und|aber|doch|denn|so|da|nun|auch|dass)\s+)(?:man|Man)\s+"
    r"(?:[\w\u00c0-\u017f]+\s+){0,3}\Z"
)
"""German "man" as the subject of the clause's verb of saying ("…, und man könne nur
hoffen"): nobody the text names, so no body named earlier in the sentence speaks."""
_OPENING = re.compile(r"[\W_]*")
"""Nothing but marks before a clause: it opens its sentence."""
_QUANTIFIER_SUBJECT = re.compile(
    r"\W*(?:(?:but|and|aber|und|doch)\s+)?(?P<many>(?i:many|most|some|others|several|viele"
    r"|einige|manche|andere|mehrere))\s+(?:(?:also|still|now|even|auch|noch|sogar)\s+)?"
)
"""A quantifier standing alone as the subject of a verb of saying ("Many say …", "Some
also argue …", "Viele sagen …"): like "they", some of the group named last."""
_AUXILIARIES = frozenset(
    "also did does do not would could will has have had still now then later auch nicht"
    " hat hatte habe noch".split()
)
"""Words between a subject and its verb that are no subject ("Rijiju also did not rule
out", "Merz hat auch nicht ausgeschlossen")."""
_AGED = re.compile(
    r"\W*(?:[Dd]er|[Dd]ie)\s+\d+\s*(?:-)?(?:Jahre\s+alte|jährige)\s+[A-ZÄÖÜ][\w-]*"
    r"(?:\s+(?:von|vom|des|der)\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2})?\s+(?=[a-zäöüß])"
    r"|\W*[Tt]he\s+\d+-year-old\s+[a-z][\w-]*(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*){0,2})?\s+(?=[a-z])"
)
"""A subject named by age and role ("Der 65 Jahre alte Geschäftsführer von Borussia
Dortmund", "the 54-year-old coach"): the person named before, as a pronoun points."""
_CLAUSE = re.compile(r";|:(?!\S)|,(?!\d)|\s[-\N{EN DASH}\N{EM DASH}]\s")
_ROLE_NOUNS = (
    r"head\s+teacher|headteacher|head\s+coach|chief\s+executive|Sprecher|Sprecherin|Regierungssprecher|Regierungssprecherin|Pressesprecher"
    r"|Pressesprecherin|Verteidiger|Verteidigerin|Anwalt|Anwältin|Staatsanwalt|Staatsanwältin"
    r"|Ermittler|Ermittlerin|Diplomat|Diplomatin|Beamter|Beamtin|Insider|Mitarbeiter"
    r"|Mitarbeiterin|Vertreter|Vertreterin|Augenzeuge|Augenzeugin|Polizeisprecher"
    r"|Polizeisprecherin|Beamter|Beamtin|Regierungsbeamter|Regierungsbeamtin|Sicherheitsbeamter"
    r"|Sicherheitsbeamtin|Polizeibeamter|Polizeibeamtin|spokesman|spokeswoman|spokesperson"
    r"|diplomat|official|fund\s+manager"
    r"|lawyer|attorney|prosecutor|investigator|witness|aide|adviser|advisor|source|insider"
    r"|reporter|correspondent|journalist|Reporter|Reporterin|Korrespondent|Korrespondentin"
    r"|executive|analyst|economist|researcher|commander|officer|minister|president"
    r"|chancellor|mayor|governor|Minister|Ministerin|Präsident|Präsidentin"
    r"|chair|chairman|chairwoman|head|leader|director|detective|judge|professor|author"
    r"|secretary|manager|coach|boss|Trainer|Trainerin|Sprecherin|Managerin|Geschäftsführer"
    r"|Geschäftsführerin|Studienleiter|Studienleiterin|Autor|Autorin"
    r"|meteorologist|scientist|Vorsitzende|Vorsitzender|Chef|Chefin|Leiter|Leiterin|Richter"
    r"|Richterin|Landrat|Landrätin|Bürgermeister|Bürgermeisterin|Präsidentin"
    r"|Berater|Beraterin|Betreuer|Betreuerin|Anwohner|Anwohnerin|agent|resident|neighbour"
    r"|neighbor|critic|supporter|opponent|campaigner|activist|protester|voter|parent|teacher"
    r"|nurse|doctor|owner|landlord|tenant|farmer|passenger|customer|driver|student|employee"
    r"|shopkeeper|visitor|Kritiker|Kritikerin|Anhänger|Anhängerin|Gegner|Gegnerin|Aktivist"
    r"|Aktivistin|Lehrer|Lehrerin|Ärztin|Arzt|Inhaber|Inhaberin|Besitzer|Besitzerin|Mieter"
    r"|Mieterin|Vermieter|Vermieterin|Landwirt|Landwirtin|Fahrer|Fahrerin|Kunde|Kundin"
    r"|Besucher|Besucherin|Nachbar|Nachbarin|Schüler|Schülerin|Passagier|Passagierin"
    # kin, a closed class, with an indefinite article only (see role_speaker)
    r"|Bruder|Schwester|Vater|Mutter|Sohn|Tochter|Witwe|Witwer|Ehefrau|Ehemann|Onkel|Tante"
    r"|brother|sister|father|mother|son|daughter|widow|widower|wife|husband|uncle|aunt"
)
_KIN = frozenset(
    "bruder schwester vater mutter sohn tochter witwe witwer ehefrau ehemann onkel tante"
    " brother sister father mother son daughter widow widower wife husband uncle aunt".split()
)
"""Kin nouns: a speaker by role only with an indefinite article ("ein Bruder des Opfers
sprang auf", "a mother of two said"); "Der Vater, ein Kater …" and "The daughter of a
miner, she …" describe someone named before."""
_INDEFINITE = frozenset("ein eine einer eines a an one".split())
_LOWER_BODY_HEADS = (
    "authority|board|council|ministry|department|agency|office|commission|service|union"
    "|association|committee|trust|federation|administration|police"
)
"""Heads of a body English may name in lowercase ("the regional transport authority")."""
_ROLE = re.compile(
    rf"\b(?P<art>[Ee]ine[rs]?|[Ee]in|[Dd]ie|[Dd]er|[Dd]es|[Aa]n?|[Tt]he|[Oo]ne|[Dd]essen|[Dd]eren"
    rf"|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Ss]eine?|[Ii]hre?)\s+(?P<adj>(?:[\w'\u2019-]+\s+){{0,2}}?)"
    rf"(?P<role>{_ROLE_NOUNS})(?P<plural>s|es)?\b(?P<of>\s+(?:des|der|von|of\s+the|of|for\s+the|for)"
    rf"\s+(?!(?:a|an|ein|eine|einer|eines)\b)(?:(?:[a-z][\w-]*\s+){{1,3}}(?:{_LOWER_BODY_HEADS})\b"
    rf"|[\w-]+(?:\s+(?:(?:and|und|&)\s+)?[A-ZÄÖÜ][\w-]+){{0,3}}))?"
)
"""An unnamed person by role, with the body they speak for: capitalised ("a spokesman
for the Lakeside Trust") or in lowercase up to the body's head ("a spokeswoman for the
regional transport authority", not "… for the regional")."""
_BREAK = re.compile(r"[,;:]")
_DATIVE = re.compile(r"\b(?:dem|gegenüber)\s+(?:[\w-]+\s+){0,3}\Z", re.IGNORECASE)
"""Whom something was said to ("sagte … dem britischen Sender BBC"): not the speaker."""
_AS_REPORTED = re.compile(r"\bas\s+(?:\S+\s+){0,4}\Z", re.IGNORECASE)
"""", as NBC reported": the report the sentence compares with, not its source. German ", wie
der Verein mitteilte" is the usual attribution, and counts as one."""
_ADDRESSING = re.compile(r"told|tells|tell\Z", re.IGNORECASE)
_INTERVIEWER = re.compile(
    r"\b(?:Interview|Gespräch|interview|conversation)\s+(?:mit|with)\s+(?:dem|der|den|the)?\s*[„“\"»«]?\Z"
)
"""Whom an interview was given to ("Im Interview mit dem „Spiegel“ argumentierte er"): the
outlet that asks, not the one who speaks."""
_HARD_BREAK = re.compile(r"[;:]")
_LOCATED = re.compile(r"\s+(?:in|at|from|aus|im|in\s+der|in\s+den)\s+(?:the\s+)?")
"""Between a speaker and the place they speak from ("Officials in Brussels say")."""
_LOCATED_NAME = re.compile(
    r"(?:\s+(?:in|at|from|aus|im|in\s+der|in\s+den|bei|beim)\s+"
    r"(?:[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2}|(?:the|der|dem|den)\s+[\w-]+"
    r"(?:\s+[A-ZÄÖÜ][\w-]*){0,2})){1,2}\s*"
)
"""A place or body a speaker by role speaks from, named in capitals whether or not the
gazetteer knows it, or by "the" and its kind ("a diplomat in Berlin", "ein Beamter aus
Kiew", "an official at the ministry in Rome")."""
_DENIAL = re.compile(
    r"denies|denied|rejects|rejected|dementierte|dementiert|bestreitet|bestritt", re.IGNORECASE
)
"""", a charge the Kremlin denies": who disputes the statement, not whose word it is."""
_LOWER_ADJ = re.compile(r"\A(?:[a-zäöü][\w-]*\s+)*\Z")


_LIST_COMMA = re.compile(r",\s*[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?\s+(?:und|and|oder|or|sowie)\s")
"""A comma inside a list of names ("aus SPD, Grünen und FDP"): no clause boundary."""


_ASIDE = re.compile(
    r",\s*(?:however|though|meanwhile|too|also|instead|in\s+turn|for\s+(?:his|her|their|its)"
    r"\s+part|jedoch|allerdings|indes|hingegen|wiederum|seinerseits|ihrerseits)\s*,"
)
"""A sentence adverb set off by commas ("Hecking, however, was not impressed"): the
clause goes on across it."""


def _clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    start = 0
    end = len(sentence)
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(sentence)]
    for match in _CLAUSE.finditer(sentence):
        if _LIST_COMMA.match(sentence, match.start()):
            continue
        if any(s <= match.start() < e for s, e in asides):
            continue
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    return start, end


def _named(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if not m.adjective]


def _first_after(mentions: list[Mention], start: int, end: int) -> Mention | None:
    for mention in _named(mentions):
        if start <= mention.start < end:
            return mention
    return None


_POSSESSED = re.compile(r"['\u2019]s\s")
"""A role said by whose it is ("the vaccine's maker", "the plant's owner")."""


def _named_in_apposition(
    sentence: str, apposition: re.Match[str], mentions: list[Mention]
) -> Mention | None:
    """The body or person an apposition ends in ("…, the Indian firm Bharat Biotech,"):
    who a role before it described by what it is ("the vaccine's maker") is."""
    named = _last_before(mentions, apposition.start() + 1, apposition.end())
    if named is None or named.kind not in ("organisation", "person", "media"):
        return None
    rest = sentence[named.end : apposition.end()].strip()
    return named if rest.startswith(",") and len(rest.split()) <= 2 else None


def _first_person_after(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The first person named in ``start:end`` ("said EU competition chief X")."""
    for mention in mentions:
        if mention.kind == "person" and start <= mention.start < end:
            return mention
    return None


def _last_before(mentions: list[Mention], start: int, end: int) -> Mention | None:
    found = None
    for mention in _named(mentions):
        if start <= mention.start and mention.end <= end:
            found = mention
    return found


def _titles(sentence: str, role: RoleSpeaker, person: Mention) -> bool:
    """Whether a role is the title of the person named right after it ("die
    Studienleiterin Katrin Wolff", "the chief executive Anna Berg"): the person speaks."""
    return person.kind == "person" and not sentence[role.end : person.start].strip()


_MODAL_AND_OBJECT = frozenset(
    "wollte wollten will wolle konnte konnten kann könne mochte möchte mag das dies es dazu"
    " sich zunächst bislang".split()
)
"""Words a German modal frame sets between a speaker and an infinitive of saying ("Ein
Sprecher der Polizei wollte das zunächst nicht bestätigen")."""


def _little_words(gap: str) -> bool:
    """Whether ``gap`` holds nothing but auxiliaries, modals and object pronouns: the
    words before the verb of saying are still the subject's."""
    return all(
        w.casefold() in _AUXILIARIES or w.casefold() in _MODAL_AND_OBJECT for w in gap.split()
    )


def _located_role(
    sentence: str, start: int, place_end: int, mentions: list[Mention]
) -> RoleSpeaker | None:
    """One unnamed person by role, opening the clause, right before the place they speak
    from, which runs to ``place_end`` ("A senior official in Brussels, who asked not to be
    named, said"; "Ein hoher Beamter in Paris sagte"): that person speaks, not the state
    the place stands for. A plural ("Officials in Washington") is a group the actor
    finder names; this is the singular the finder leaves to the roles."""
    role = role_speaker(sentence, start, place_end)
    if role is None or len(sentence[start : role.start].split()) > 2:
        return None
    if any(start <= m.start < role.start for m in mentions):
        return None  # "Merz met a diplomat in Berlin": the diplomat is an object
    if not _LOCATED_NAME.fullmatch(sentence, role.end, place_end):
        return None
    return role


def role_speaker(text: str, start: int = 0, end: int | None = None) -> RoleSpeaker | None:
    """The first unnamed person named by a role between ``start`` and ``end``."""
    stop = len(text) if end is None else end
    for match in _ROLE.finditer(text, start, stop):
        if match.group("plural") and match.group("role")[:1].islower():
            continue  # "the two leaders", "leaders of a council": a group, not one person
        if (
            match.group("role").casefold() in _KIN
            and match.group("art").casefold() not in _INDEFINITE
        ):
            continue  # "Der Vater, ein Kater aus Tallinn": kin named before, not a speaker
        first = match.start("adj") if match.group("adj") else match.start("role")
        last = match.end("of") if match.group("of") else match.end("role")
        return RoleSpeaker(text[first:last], first, last)
    return None


def _apposed_person(sentence: str, mentions: list[Mention], end: int) -> Mention | None:
    """A person named in apposition just after a clause ("sagte die Geschäftsführerin der
    Fraktion, Britta Haßelmann, der dpa")."""
    person = _first_person_after(mentions, end, end + 60)
    if person is not None and not sentence[end : person.start].strip(" ,"):
        return person
    return None


_POINTER = re.compile(
    r"(?:\A|[,;:]\s*)\W*(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he|[Ss]ein|[Ss]eine|[Ii]hr|[Ii]hre"
    r"|[Dd]er|[Dd]ie|[Dd]as|[Dd]eren|[Dd]essen)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s*\Z"
)
"""A kind of body pointing at someone ("His union", "Its parent company", "Ihre
Gewerkschaft") before an apposition that names it."""
_OUTLET_NOUNS = frozenset(
    "station broadcaster channel network newspaper paper magazine website outlet agency"
    " sender radiosender fernsehsender zeitung tageszeitung zeitschrift magazin"
    " nachrichtenagentur agentur portal".split()
)
"""What an outlet is called: a name in apposition after one of these is an outlet."""
_NAME_IN_APPOSITION = re.compile(
    r",\s*(?P<name>[A-ZÄÖÜ0-9][\w&.'-]*(?:\s+[A-ZÄÖÜ0-9][\w&.'-]*){0,3}),\s*"
)


_POINTING_NAME = re.compile(r"(?:[Tt]he|[Dd]er|[Dd]ie|[Dd]as)\s+[a-zäöüß][\w-]*|[a-z][\w-]*")
"""A mention that only points back ("The operator" read as the firm named before): no
name of its own."""
_DESCRIBED_BODY = re.compile(
    r",\s*(?:a|an|ein|eine)\s+(?P<body>(?:[\w-]+\s+){0,2}(?:company|firm|group|fund|operator"
    r"|subsidiary|charity|consortium|insurer|lender|retailer|carrier|Unternehmen|Konzern"
    r"|Firma|Fonds|Tochter|Tochterfirma|Betrieb|Gesellschaft|[\w-]*unternehmen|[\w-]*konzern"
    r"|[\w-]*gesellschaft))\s*,\s*"
)
"""An apposition that says what kind of body an unnamed one is ("a Hamburg-based
shipping company", "ein Hamburger Logistikunternehmen")."""


def _body_in_apposition(
    sentence: str, apposition: re.Match[str], mentions: list[Mention]
) -> Source | None:
    """The body a name in apposition gives after a kind of body that points at someone
    ("His union, GMB, said", "His station, Coast FM, said", "Ihre Gewerkschaft, Verdi,
    erklärte"): the named body, an outlet when the kind is one ("station", "Sender")."""
    pointer = _POINTER.search(sentence, 0, apposition.start())
    if pointer is None or not pointer.group("noun")[:1].isalpha():
        return None
    if pointer.group("noun")[:1].isupper() and not _reads_german(sentence):
        return None  # "The mayor of Rochester, New York, said": a place, no kind of body
    inside = [m for m in mentions if pointer.start() <= m.start < apposition.start()]
    if any(not _POINTING_NAME.fullmatch(sentence, m.start, m.end) for m in inside):
        return None  # "The RMT union, …": the body is named before the apposition
    described = _DESCRIBED_BODY.fullmatch(sentence, apposition.start(), apposition.end())
    if described is not None:  # "The operator, a Hamburg-based shipping company, said"
        start, end = described.start("body"), described.end("body")
        return Source(role=RoleSpeaker(sentence[start:end], start, end, "organisation"))
    name = _NAME_IN_APPOSITION.fullmatch(sentence, apposition.start(), apposition.end())
    if name is None or inside:
        return None
    named = [m for m in _named(mentions) if name.start("name") <= m.start < name.end("name")]
    whole = [m for m in named if (m.start, m.end) == (name.start("name"), name.end("name"))]
    outlet = pointer.group("noun").casefold() in _OUTLET_NOUNS
    if whole and (not outlet or whole[0].kind == "media"):
        return Source(actor=whole[0].actor)
    if any(m.kind == "person" for m in named):
        return None
    kind = "media" if outlet else "organisation"
    start, end = name.start("name"), name.end("name")
    return Source(role=RoleSpeaker(sentence[start:end], start, end, kind))


_AUXILIARY_BEFORE = re.compile(
    r"\b(?:habe|hat|hatte|haben|hätte|hätten|sei|ist|war|wurde|werde|wird|has|have|had)\b[^,;:]*\Z"
)
"""'…, er habe mehr erwartet': a participle in the reported clause, not a closing
attribution."""
_PASSIVE_HEDGE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+\Z", re.IGNORECASE)
"""'are believed to', 'is expected to', 'was said to': a hedge, not who speaks."""
_STATEMENT = re.compile(
    r"\b(?:the|its|their|a)\s+(?:statement|report|communique|communiqué|release)\s+\Z"
    r"|\b(?:die|der|eine?)\s+(?:Mitteilung|Erklärung|Bericht|Meldung)\s+\Z",
    re.IGNORECASE,
)
"""'…, the statement said': the statement of the source named before."""


_NOMINATIVE = (
    r"(?:der|die|das|ein|eine|einige|viele|mehrere|zahlreiche|manche|the|a|an|some"
    r"|several|many|most|other)"
)
_NOUN_PHRASE = re.compile(
    rf"(?:(?P<det>{_NOMINATIVE})\s+)?(?P<words>(?:[\w.&'\u2019-]+\s+){{0,3}}[\w.&'\u2019-]+)",
    re.IGNORECASE,
)
_AUXILIARY_END = re.compile(
    r"(?:\s+(?:have|has|had|will|would|do|does|did|hat|haben|hatte|hatten|also|auch|now|still"
    r"|already"
    r"|again|jetzt|nun|noch|bereits|[a-z]+ly))+\Z"
)
"""Auxiliaries and adverbs between a subject and its verb ("Volunteers have offered",
"Pollsters now rate", "Residents angrily said")."""
_PLACE_AFTER = re.compile(r"(?<=[a-z])\s+(?:at|in|from|across|near)\s+(?:the\s+)?[\w\s-]+\Z")
"""Where an English group is ("Volunteers at the food bank", "Residents in the village")."""
_DEFINING_CLAUSE = re.compile(r"(?<=[a-z])\s+(?:who|which|that)\s+[^,;:]+\Z")
"""An English relative clause with no commas that says which ones ("Residents who live
near the site"): not part of the subject's name."""
_WEB_DOMAIN = re.compile(
    rf"(?:[Dd]ie\s+|[Dd]as\s+|[Tt]he\s+)?[\w-]+(?:\.[\w-]+)*\.(?:{WEB_ENDINGS})"
)
"""An outlet named by its web address ("shz.de", "BBC.com", "tagesschau.de")."""
_TIME_END = re.compile(
    r"\s+(?:(?:am|on|last|this)\s+[A-Za-zÄÖÜäöüß]+|heute|gestern|zuvor|bereits|yesterday"
    r"|today|earlier)\Z"
)
"""When, between a subject and its closing verb ("wie die Kammer am Montag berichtete")."""
_JOINING_WORD = re.compile(r"\A(?:but|and|or|yet|while|aber|und|oder|doch|während|wie)\s+")
"""A conjunction that opens a second main clause: not part of its subject."""
_SHARE_OF = re.compile(
    r"\W*(?:(?:but|and|yet)\s+)?(?:[Tt]he\s+)?[\w-]+\s+(?:of|in\s+\w+\s+of)\s+"
    r"(?:the|those|these|its|their)\s+"
)
"""A count or share before the group that opens the clause ("Two of the analysts and the
shareholder said", "Most of those polled"): the group is still the subject."""
_PROPORTION = re.compile(
    r"\A(?:(?:[Tt]he\s+)?(?:\w+\s+in\s+(?:ten|\w+)|most|many|half|some|a\s+third|two-thirds"
    r"|a\s+majority|the\s+majority|majority|a\s+quarter|three-quarters|\d+(?:\.\d+)?\s*(?:%"
    r"|percent|per\s+cent))\s+of\s+(?:the\s+|those\s+)?"
    r"|(?:[Dd]ie\s+)?(?:Mehrheit|Hälfte|Zwei\s+Drittel|\w+\s+von\s+zehn|Großteil|Drittel|Viertel"
    r"|\d+(?:,\d+)?\s*Prozent)\s+(?:der|von)\s+)"
)
"""A share of a group before the group ("Six in ten of the respondents", "Most of the
residents", "Die Mehrheit der Befragten"): the group speaks."""
_CONTENT_NOUNS = frozenset(
    "kritik lob zweifel bedenken widerspruch zustimmung sorge sorgen warnung warnungen"
    " forderung forderungen unterstützung ablehnung protest".split()
)
"""What was said, fronted before a German verb ("Scharfe Kritik äußerte der Bund der
Steuerzahler"): the object, never who said it."""
_DOCUMENT_NOUNS = frozenset(
    "study studies report reports survey poll polls data figures statement document paper"
    " analysis research results letter draft review findings studie umfrage bericht daten"
    " zahlen erklärung mitteilung papier entwurf analyse gutachten untersuchung schreiben"
    " brief auswertung statistik bill plan proposal law measure deal agreement treaty budget"
    " gesetz vorschlag abkommen vertrag haushalt etat".split()
)
"""A paper, a plan or a law, not a speaker ("The study suggests", "Der Bericht warnt",
"The bill calls for"): whose it is the text says elsewhere; no actor of its own."""
_RECORD_NOUNS = frozenset(
    "protokoll protokolle urteil beschluss akte akten unterlagen dokument dokumente vermerk"
    " memo minutes ruling judgment judgement transcript records documents".split()
)
"""Records a body keeps or issues ("laut Sitzungsprotokoll", "according to the minutes",
"laut Urteil"): a document, as a report is, never an actor."""


def _document_word(word: str) -> bool:
    """Whether ``word`` names a document, whole or as a German compound's last part
    ("Sitzungsprotokoll", "Prüfbericht", "Jahresstatistik"): no actor, whose ever it is.
    Heads shorter than six letters ("plan", "brief") count only whole ("Kaplan" is a
    priest)."""
    folded = word.casefold()
    heads = _DOCUMENT_NOUNS | _RECORD_NOUNS
    if folded in heads:
        return True
    return any(len(head) >= 6 and folded.endswith(head) for head in heads)


_THINGS_DO_TOO = re.compile(
    r"droht|drohte|drohen|drohten|hält|hielt|halten|hielten|spricht|sprach|sprechen"
    r"|calls|called",
    re.IGNORECASE,
)
"""Verbs a thing is the subject of as often as a person ("Ein Streik droht", "Der Winter
hält an", "Vieles spricht dafür", "The bill calls for"): no unnamed subject is read off
the words before them."""
_AGENT = re.compile(r"\s+by\s+(?:the\s+)?")
_NOT_SUBJECT = frozenset(
    "er sie es wir ich ihr man das dies diese dieser dieses jeder jede niemand keiner auch"
    " dann zudem außerdem doch aber nun heute gestern morgen später damals dabei daher"
    " deshalb dennoch trotzdem zuletzt zuvor bereits schon noch so wie wer was am im in auf"
    " nach vor bei mit seit laut für über unter it this that these those there he she they"
    " we i you also then but and or on at last yesterday today earlier later however"
    " meanwhile who which what when where while one its their his her our your my"
    " nobody everyone someone many most some several other both all beide alle vieles alles"
    " nichts einiges manches etwas".split()
)
_BODY_NOUNS = frozenset(
    "company firm group carmaker automaker bank chipmaker airline retailer insurer lender"
    " konzern unternehmen firma hersteller autobauer fluggesellschaft airline".split()
)
"""What a company is called when the text points back at it ("the company said")."""
_GOVERNMENT_NOUNS = frozenset(
    "government administration cabinet regierung bundesregierung landesregierung kabinett"
    " staatsführung führung".split()
)
"""What a state's government is called: the state, not a body of its own."""


def _plain_subject(
    sentence: str, start: int, end: int, mentions: list[Mention]
) -> Mention | RoleSpeaker | None:
    """The subject the actor finder did not list, read off the noun phrase that fills
    ``start:end`` (the words before a verb of saying in its clause, or after a
    verb-first one): "Volunteers have offered", "Regular visitors said", "Die Deutsche
    Alzheimer Gesellschaft warnte", "teilte die Fluggesellschaft mit". A phrase with a
    determiner and no name is a body or a group; "the company" is the business the
    sentence named before it. None when the words are no bare noun phrase."""
    gap = sentence[start:end].strip(' ,"\u201c\u201d\u201e\u00ab\u00bb')  # after a quotation
    gap = _JOINING_WORD.sub("", gap)  # "…, but lawyers expect": the lawyers
    gap = _AUXILIARY_END.sub("", gap)
    gap = _TIME_END.sub("", gap)  # "wie die Kammer am Montag berichtete": the chamber
    gap = _PROPORTION.sub("", gap)  # "Six in ten of the respondents": the respondents
    gap = _PLACE_AFTER.sub("", gap)  # "Volunteers at the food bank": the volunteers
    gap = _DEFINING_CLAUSE.sub("", gap)  # "Councillors who voted against it": councillors
    offset = sentence.find(gap, start) if gap else -1
    if gap and offset >= 0 and _WEB_DOMAIN.fullmatch(gap):  # "wie shz.de berichtet"
        return RoleSpeaker(gap, offset, offset + len(gap), "media")
    phrase = _NOUN_PHRASE.fullmatch(gap) if gap else None
    if phrase is None or offset < 0:
        return None
    words = phrase.group("words").split()
    head = words[-1]
    both = _BOTH_OF_THEM.fullmatch(gap)
    if both is not None and _body_or_people(both.group("noun")):
        # "beide Gewerkschaften", "both unions": the two named before; "both sides" no one
        first = offset + both.start()
        return RoleSpeaker(both.group(), first, first + len(both.group()), "group")
    one = _ONE_OF_THEM.fullmatch(gap)
    if one is not None and one.group("head").casefold() not in _BODY_NOUNS:
        # "one crane operator said": one of many people, a person by what they do
        first = offset + one.start("who")
        return RoleSpeaker(one.group("who"), first, first + len(one.group("who")), "person")
    if (
        not phrase.group("det")
        and len(words) > 1
        and _reads_german(sentence)
        and is_function_word(words[0])
    ):
        return None  # "Per Funk meldeten die Polizisten": how, not who; the subject follows
    if all(w.casefold() in _AUXILIARIES for w in words):
        return None  # "…, has pegged": an auxiliary is no subject
    if any(w.casefold() in _NOT_SUBJECT for w in words) or any(ch.isdigit() for ch in gap):
        return None
    if head.casefold() in _CONTENT_NOUNS or head.casefold() in _DOCUMENT_NOUNS:
        return None
    det = (phrase.group("det") or "").casefold()
    german = _german_phrase(det, words, gap, _reads_german(sentence))
    if german is None:
        return None
    if head.casefold() in _GOVERNMENT_NOUNS:
        # "Die belarussische Regierung wies … zurück": the state its adjective names; a
        # bare "the government" is the state named before, which this sentence cannot see
        states = [m for m in mentions if m.kind == "state" and offset <= m.start < end]
        return Mention(states[0].actor, "state", states[0].start, states[0].end) if states else None
    if head.casefold() in _BODY_NOUNS:  # "the company said": the business named before
        named = [m for m in _named(mentions) if m.kind == "organisation" and m.end <= start]
        return named[-1] if named else None
    name_start = offset + phrase.start("words")
    name = sentence[name_start : offset + phrase.end("words")]
    if german:
        plural = det in ("", "die", "einige", "viele", "mehrere", "zahlreiche", "manche")
        plural = plural and _german_plural(head)
        if not plural and (
            _feminine_person(head) or _person_word(head) or (det == "ein" and person_noun(head))
        ):
            # "Eine Anwohnerin … begrüßte", "sagte ein Schichtleiter", "meinte ein Fachmann";
            # "ein Krankenpfleger", "ein Mediziner": a man by trade with "ein"
            return RoleSpeaker(name, name_start, name_start + len(name), "person")
    else:
        plural = _english_plural(head)
    return RoleSpeaker(
        name, name_start, name_start + len(name), "group" if plural else "organisation"
    )


_ONE_OF_THEM = re.compile(r"(?i:one)\s+(?P<who>(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*[^s\W]))")
"""An English singular after "one" ("one crane operator", "one local resident"): one of
many people, never a body named with "one"."""
_BOTH_OF_THEM = re.compile(r"(?:[Bb]eide|[Bb]oth)\s+(?P<noun>[A-ZÄÖÜa-z][\w-]*(?<=[ens]))")
""""Beide"/"both" before a plural noun: a pair the text named, speaking as a group."""
_PERSON_ENDINGS = ("mann", "frau")


def _body_or_people(plural: str) -> bool:
    """Whether a plural names bodies or people ("Gewerkschaften", "unions", "Verbände",
    "ministers"), not things or parties in the abstract ("sides", "Seiten")."""
    from tui.draft.gazetteer import gazetteer
    from tui.draft.organisations import is_body_head, names_a_kind

    places = gazetteer()
    singular = re.sub(r"(?:en|e|n|s)\Z", "", plural)
    return (
        any(
            places.is_group(word)
            or places.is_role(word)
            or is_body_head(word)
            or names_a_kind(word)
            for word in {plural, singular, plural[:-1]}
            if word
        )
        or plural.casefold().removesuffix("s") in _BODY_NOUNS
    )


def _person_word(head: str) -> bool:
    """A German noun for one person by office or trade: a role word the gazetteer holds
    ("Schichtleiter", "Sprecher"), or a compound ending in "-mann"/"-frau" ("Fachmann",
    "Fachfrau"); never the bare "Mann"/"Frau", which point back at someone named."""
    from tui.draft.gazetteer import gazetteer
    from tui.draft.organisations import is_body_head

    folded = head.casefold()
    if folded.endswith(_PERSON_ENDINGS) and len(folded) > 5:
        return True
    return gazetteer().is_role(head) and not is_body_head(head)


_NO_UMLAUT = str.maketrans("ÄÖÜäöü", "AOUaou")


def _feminine_person(head: str) -> bool:
    """A German noun for a woman by what she does or where she lives ("Anwohnerin",
    "Paketzustellerin", "Zeugin"): "-in" on a noun HanTa knows for the man ("Anwohner"),
    "Ärztin" on "Arzt"), which a word that only ends so
    ("Medizin", "Termin") has not."""
    if not head.endswith("in") or len(head) < 6:
        return False
    stem = head[:-2]
    if stem.endswith(("er", "ent", "ist", "eur", "ant", "or")):
        return is_common_noun(stem)  # "Anwohner", "Studentin", "Polizistin"
    plain = stem.translate(_NO_UMLAUT)  # "Ärztin" -> "Arzt", "Köchin" -> "Koch"
    return plain != stem and is_known_common_noun(plain)


FEMININE_PERSON = _feminine_person


def person_noun(noun: str) -> bool:
    """A German noun for one person by what they do: a woman by trade ("Apothekerin"), an
    office ("Sprecher"), a man's trade ("Pfleger"), or a compound ending in kin
    ("Krankenschwester", "Ordensbruder")."""
    folded = noun.casefold()
    return (
        _feminine_person(noun)
        or _person_word(noun)
        or _agent_noun(noun)
        or any(folded.endswith(kin) and folded != kin for kin in _KIN if len(kin) >= 5)
    )


"""Public name of the test above, for the actor finder."""

_GERMAN_DETERMINERS = frozenset("der die das ein eine einige viele mehrere zahlreiche".split())
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


@functools.lru_cache(maxsize=1024)
def _reads_german(sentence: str) -> bool:
    """Whether the sentence reads as German by its commonest words: a phrase with no
    determiner is tried as a German noun phrase only then, so that drafting English copy
    never loads HanTa's German model."""
    return detect_language(sentence) == "de"


def _german_phrase(det: str, words: list[str], gap: str, german_text: bool) -> bool | None:
    """Whether ``words`` (after the determiner ``det``) are a German noun phrase (True),
    an English one (False), or no noun phrase at all (None). German: lowercase words are
    inflected adjectives and the head is a noun HanTa knows ("Lobend", "Zudem" are not);
    English: the head is a plural, a name, or has a determiner. A bare phrase (no
    determiner, no umlaut) counts as German only in a German sentence (``german_text``)."""
    head = words[-1]
    if (
        det in _GERMAN_DETERMINERS
        or re.search(r"[äöüß]", gap)
        or (not det and not _english_plural(head))
    ):
        if not german_text and not det:
            # an English name ("Northwind reported"), not "above the" or "Concerns raised"
            named = all(w[:1].isupper() for w in words) and not is_english_common_word(head)
            return False if named and head.isalpha() else None
        first_noun = (
            next(i for i, w in enumerate(words) if w[:1].isupper()) if head[:1].isupper() else 0
        )
        adjectives_fit = all(w.endswith(_ADJECTIVE_ENDINGS) for w in words[:first_noun]) and all(
            w[:1].isupper() for w in words[first_noun:]
        )
        # adjectives before the noun, names after it: "Die Deutsche Alzheimer Gesellschaft";
        # not "Die Verteidigung hatte eine Strafe" (a verb inside)
        return True if adjectives_fit and _german_noun(head) else None
    if not all(w.replace("-", "").replace(".", "").replace("'", "").isalpha() for w in words):
        return None
    return False


def _english_plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "'s", "\u2019s")) and len(word) > 2


def _german_noun(word: str) -> bool:
    """A word HanTa's German model reads as a noun or a name (not "Lobend", "Zudem")."""
    return word[:1].isupper() and (is_common_noun(word) or is_proper_name(word))


def _german_plural(word: str) -> bool:
    """A group of people by the ending of its noun ("Meteorologen", "Beobachter",
    "Forschende", "Fachleute") rather than one body ("Gemeinde", "Opposition")."""
    return word.endswith(("en", "er", "ern", "nde", "innen", "leute")) and not word.endswith(
        ("ion", "heit", "keit", "ung", "schaft", "verein", "zentrum")
    )


_OWN_WORDS = re.compile(
    r"\bnach\s+(?:seinen|ihren|seiner|ihrer)\s+(?:Worten|Angaben|Einschätzung|Ansicht"
    r"|Auffassung|Darstellung|Überzeugung)\b|\b(?:in|by)\s+(?:his|her)\s+(?:view|words"
    r"|account|estimate|estimation)\b",
    re.IGNORECASE,
)
"""A source named by a possessive ("nach seinen Worten", "in her view"): the person named
last."""
_LEADING_PHRASE = re.compile(
    rf"\W*(?:(?i:{_NOMINATIVE})\s+)?(?:[a-zäöüß][\w-]*\s+){{0,2}}[A-ZÄÖÜ][\w.&-]*"
    r"(?:\s+[A-ZÄÖÜ][\w.&-]*){0,2}"
)
_COUNTED = re.compile(
    r"\W*(?:Dozens|Hundreds|Thousands|Scores|Millions|Dutzende|Hunderte|Tausende)"
    r"\s+(?:of\s+(?:the\s+)?)?"
)
"""A count before the group it counts ("Dozens of nurses", "Hunderte Beschäftigte")."""
_PLURAL_PHRASE = re.compile(r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s\b")
_FOLLOWING_PHRASE = re.compile(
    r"(?:(?:des|der|dem|den|von|vom|einer|eines)\s+)?(?:[a-zäöüß][\w-]*\s+){0,2}"
    r"(?P<head>[A-ZÄÖÜ][\w-]*)"
)


def _passive_agent(sentence: str, verb_end: int, mentions: list[Mention]) -> Source | None:
    """Who did the saying in the passive ("was welcomed by campaigners", "were criticised
    by the union"): the actor named after "by", else its plain noun phrase."""
    by = _AGENT.match(sentence, verb_end)
    if by is None:
        return None
    _, end = _clause_bounds(sentence, by.end())
    named = _first_after(mentions, by.end(), end)
    if named is not None and named.start == by.end():
        return Source(actor=named.actor, cue=f"by {named.actor}")
    phrase = _PLURAL_PHRASE.match(sentence, by.end()) or _LEADING_PHRASE.match(sentence, by.end())
    plain = _plain_subject(sentence, by.end(), phrase.end(), mentions) if phrase else None
    if isinstance(plain, RoleSpeaker):
        return Source(role=plain, cue="by")
    return None


def _body_after_state(sentence: str, state: Mention, mentions: list[Mention]) -> Mention | None:
    """The body a country's name stands right before ("The U.S. Federal Reserve", "the
    French Foreign Ministry"): the country says whose body it is; the body is the
    subject."""
    if state.kind != "state":
        return None
    return next(
        (
            m
            for m in _named(mentions)
            if m.kind in ("organisation", "media")
            and m.start >= state.end
            and not sentence[state.end : m.start].strip()
        ),
        None,
    )


def _opening_subject(
    sentence: str, mentions: list[Mention], cue: str = "nach eigenen Angaben"
) -> Source | None:
    """The subject that opens the sentence ("Ein Förderverein sammelt … und hat nach
    eigenen Angaben …"): an actor named in its first words (the longest of those that
    overlap: "Conservative backbenchers" over "Several Conservative"), else its noun
    phrase."""
    counted = _COUNTED.match(sentence)  # "Dozens of nurses walked out": the nurses
    start = counted.end() if counted is not None else 0
    phrase = _LEADING_PHRASE.match(sentence, start) or _PLURAL_PHRASE.match(sentence, start)
    if phrase is None:
        return None
    titled = _first_person_after(mentions, phrase.end(), phrase.end() + 60)
    if titled is not None and _ROLE_BETWEEN.fullmatch(sentence, phrase.end(), titled.start):
        return Source(actor=titled.actor, cue=cue)  # "United manager Louis van Gaal, …"
    named = _first_after(mentions, 0, phrase.end())
    if named is not None:
        person = _head_person(sentence, named, mentions)
        if person is not None:  # "Bernstein analyst Craig Moffett downgraded …, saying"
            return Source(actor=person.actor, cue=cue)
        overlapping = [m for m in _named(mentions) if m.start < named.end]
        widest = max(overlapping, key=lambda m: (m.end, m.kind != "person"))
        body = _body_after_state(sentence, widest, mentions)
        return Source(actor=(body or widest).actor, cue=cue)
    plain = _plain_subject(sentence, start, phrase.end(), mentions)
    if isinstance(plain, Mention):
        return Source(actor=plain.actor, cue=cue)
    return Source(role=plain, cue=cue) if plain is not None else None


def _noun_after(sentence: str, start: int) -> RoleSpeaker | None:
    """The noun right after a German source phrase ending at ``start`` when the actor
    finder listed none there ("nach Einschätzung von Fachleuten", "laut dem Grenzschutz"),
    as the text inflects it. A body named before under a longer name ("des Instituts"
    after "Robert Koch-Institut") is joined to it when the actor is made."""
    phrase = _FOLLOWING_PHRASE.match(sentence, start)
    if phrase is None or not _german_noun(phrase.group("head")):
        return None
    head = phrase.group("head")
    if _document_word(head):
        return None  # "laut Protokoll": a document, not who wrote it
    kind = "group" if _german_plural(head) else "organisation"
    return RoleSpeaker(head, phrase.start("head"), phrase.end("head"), kind)


_ENGLISH_UNNAMED = re.compile(
    r"(?:(?P<det>a|an|one|two|three|several|some|many|other)\s+"
    r"(?P<name>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?<!ing)(?<!ly))"
    r"|(?P<plural>[a-z][\w-]*[a-z]s))\b(?=\s*[,.;:]|\s*\Z"
    r"|\s+(?:at|in|of|for|from|with|who|close|familiar)\b)"
)
"""An unnamed English source after "according to" ("a state mediator", "two people
familiar with the talks"), which stands for a new unnamed person or group."""


def _english_role_after(sentence: str, start: int) -> RoleSpeaker | None:
    """The unnamed person or group an English source phrase ending at ``start`` names
    ("according to a state mediator"): a person when one, a group when several."""
    phrase = _ENGLISH_UNNAMED.match(sentence, start)
    if phrase is None:
        return None
    if phrase.group("plural"):  # "according to academics who suspect …": a group
        plural = phrase.group("plural")
        if plural in _NOT_SUBJECT or _document_word(plural) or not _english_plural(plural):
            return None
        return RoleSpeaker(plural, phrase.start("plural"), phrase.end("plural"), "group")
    name = phrase.group("name")
    if name.split()[-1] in _NOT_SUBJECT or _document_word(name.split()[-1]):
        return None  # "according to a report": the paper, whose the text says elsewhere
    kind = "group" if _english_plural(name.split()[-1]) else "person"
    return RoleSpeaker(name, phrase.start("name"), phrase.end("name"), kind)


_ENGLISH_BODY = re.compile(
    rf"(?:(?<=\bthe\s)|the\s+)(?P<name>(?:[a-z][\w-]*\s+){{0,3}}(?:{_LOWER_BODY_HEADS}))\b"
    r"(?=\s*[,.;:]|\s*\Z|\s+(?:in|of|for|on|at)\b)"
)
"""A body English names in lowercase after a source phrase ("according to the health
department", "according to the regional transport authority")."""


def _english_body_after(sentence: str, start: int) -> RoleSpeaker | None:
    """The body in lowercase an English source phrase ending at ``start`` names: an
    organisation, perhaps one named before by its full name."""
    phrase = _ENGLISH_BODY.match(sentence, start)
    if phrase is None:
        return None
    return RoleSpeaker(
        phrase.group("name"), phrase.start("name"), phrase.end("name"), "organisation"
    )


_ROLE_BETWEEN = re.compile(
    rf"(?:-|\s+)(?:[a-z][\w-]*\s+)?(?:{_ROLE_NOUNS}|Analyst|Analystin|analyst)(?:s|es)?\s+"
)
"""A role between a body and a person's name ("Bernstein analyst Craig Moffett", "BP
spokesman Hugh Depland"): the person is the head of the phrase."""


def _head_person(sentence: str, named: Mention, mentions: list[Mention]) -> Mention | None:
    """The person a body's name and a role lead up to ("Bernstein analyst Craig Moffett",
    "BP-Sprecher Hugh Depland"): the head of the phrase, so the one who speaks."""
    if named.kind == "person":
        return None
    person = _first_person_after(mentions, named.end, named.end + 60)
    if person is not None and _ROLE_BETWEEN.fullmatch(sentence, named.end, person.start):
        return person
    return None


_AFFILIATION = re.compile(
    r"\s+(?:of|at|from|with|von\s+der|von\s+dem|vom|von|bei\s+der|beim|bei|an\s+der|am)"
    r"\s+(?:the\s+)?"
)
"""Words between a person and the body they work for ("Professor X of Lund University",
"Analystin Y von der DZ Bank"): the person is the one who speaks."""


_PARTICIPLE_CLAUSE = re.compile(
    r",\s+(arguing|saying|insisting|warning|claiming|noting|adding|complaining|stressing"
    r"|explaining|expressing|voicing|urging|acknowledging|admitting|accusing|blaming|vowing"
    r"|predicting|describing)\b"
)
"""A closing participle clause of saying: its subject is the main clause's."""
_VERB_FIRST_SUBJECT = re.compile(
    r"\s+(?:sich\s+)?(?P<np>(?:der|die|das|ein|eine)\s+(?:[a-zäöüß][\w-]*\s+){0,2}"
    r"[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2})(?=\s+[a-zäöüß]|\s*[,.;:]|\s*\Z)"
)
"""A German subject right after its verb (with "sich"): a determiner, adjectives and a
noun, followed by lowercase words or the clause's end."""
_BRACKETED = re.compile(r"\([^()]*\)")
"""A ticker or initials in brackets between a name and its verb: no words of the clause."""
_AGE_BETWEEN = re.compile(r",\s*\d{1,3}\s*")
"""A person's age set off by commas right after the name ("Jana Roth, 46, …")."""
_HEAD_NOUN_ONLY = re.compile(r"(?:\s+[a-z]+)?\s*")
"""Between a name and its apposition, at most what the name is ("The RMT union, …")."""


def _german_verb_after(sentence: str, start: int, end: int) -> bool:
    """Whether the lowercase word between a name and a comma is a German verb ("Viele
    Landwirte versuchten, …, sagte X"): German writes its nouns with a capital, so the
    name has a verb of its own and is no subject set off before the closing one."""
    word = sentence[start:end].strip()
    return bool(word) and TEXT_LANGUAGE.get() == "de"


_POINTING_SUBJECT = re.compile(
    r"\W*(?:The|the|Its|its|Their|their|This|this|That|that)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*(?:\s+(?:also|now|still|again|later|had|has|have|would|will))*\s*"
)
"""An English subject that points back at someone named in a sentence before ("The
company", "Their union", "The US-based firm also"): the subject stands before the verb,
so the actor after it is an object, not the speaker."""
_OBLIQUE_OPENING = re.compile(
    r"\W*(?:(?i:dem|den)|(?P<der>[Dd]er))\s+(?:[a-zäöüß][\w-]*\s+){0,2}\Z"
)
"""A German clause that opens with a dative or accusative article ("Dem Ministerium …",
"Den Grünen …"); "der" is dative or genitive before a feminine noun ("Der Regierung …",
"Der AfD …") and nominative before a masculine one ("Der Minister …")."""
_FEMININE_HEAD = re.compile(
    r"(?:ung|heit|keit|schaft|ion|tät|ei|ie|ik|ur|in|nz)\Z|\A(?=[\w-]*[A-ZÄÖÜ][\w-]*[A-ZÄÖÜ])"
)
"""A German head noun read as feminine by its ending ("Regierung", "Opposition",
"Koalition", "Ministerin"), or an initialism, which names a feminine party, union or
alliance far more often than not ("der SPD", "der AfD", "der EU")."""
_NOMINATIVE_PRONOUN_AFTER = re.compile(r"\s+(?P<pronoun>er|sie)\b")


_FRONTED_PREPOSITION = re.compile(
    r"\W*(?:Im|In|Bei|Beim|Auf|Gegenüber|Vor)\s+(?:[\w-]+\s+){0,3}"
    r"(?:der|des|dem|den|einer|eines|einem)\s+(?:[\w-]+\s+){0,1}[\u201e\u00bb\"]?\Z"
)
"""A German clause that opens with a prepositional phrase whose noun an outlet or body
owns ("Im Morgenmagazin der ARD", "In einem Interview mit dem „Stern“", "Bei einer
Sitzung des Vereins", "Gegenüber der Zeitung"): the owner is no subject."""


def _fronted_phrase(sentence: str, verb: re.Match[str], start: int, before: Mention) -> bool:
    """Whether the body or outlet before a German verb of saying stands in a fronted
    prepositional phrase and the verb follows it at once ("Im Morgenmagazin der ARD warnte
    Rukwied"): V2 order puts the speaker after the verb, so the one named there speaks."""
    between = sentence[before.end : verb.start()].strip(' \u201c\u00ab"')
    return not between and _FRONTED_PREPOSITION.fullmatch(sentence, start, before.start) is not None


def _inverted_subject(
    sentence: str,
    verb: re.Match[str],
    kept: list[Mention],
    start: int,
    before: Mention | None,
) -> Source | None:
    """German V2 order with a fronted object: "Der AfD warf Nahles vor, …", "Dem
    Ministerium hielt sie vor, …". The body before the verb is in the dative (its article
    says so), so the person or pronoun right after the verb is the one who speaks."""
    if before is None or before.kind == "person" or not verb.group()[:1].islower():
        return None
    opening = _OBLIQUE_OPENING.fullmatch(sentence, start, before.start)
    if opening is None and not _fronted_phrase(sentence, verb, start, before):
        return None
    head = sentence[before.start : before.end].split()[-1]
    if opening is not None and opening.group("der") and not _FEMININE_HEAD.search(head):
        return None  # "Der Städtetag warf …": a masculine subject
    person = _first_person_after(kept, verb.end(), verb.end() + 60)
    title = sentence[verb.end() : person.start].split() if person is not None else []
    if title and title[0] in ("der", "die") and _fronted_phrase(sentence, verb, start, before):
        title = title[1:]  # "Im Gespräch mit dem NDR sagte die Bürgermeisterin Anna Kolb"
    if person is not None and len(title) <= 2 and all(w[:1].isupper() for w in title):
        # "Der AfD warf Nahles vor", "… warf CSU-Chef Markus Söder vor": a name, maybe
        # after its title
        return Source(actor=person.actor, cue=verb.group())
    pronoun = _NOMINATIVE_PRONOUN_AFTER.match(sentence, verb.end())
    if pronoun is not None:
        return Source(pronoun=True, cue=f"{verb.group()} {pronoun.group('pronoun')}")
    return None


_REDUCED_PASSIVE = re.compile(
    r"\s+(?:[a-z]+ed|seen|known|chosen|taken|drawn|written|given|befragte|befragten)\s+"
    r"(?:by|von)\s+(?:the\s+|der\s+|dem\s+)?(?:[^\s,;:]+\s*){0,3}"
)
"""A participle and its agent between a subject and what it is named with ("Analysts
surveyed by First Call", "Economists polled by Reuters"): the agent is no subject."""
_RELATIVE_OPENS = re.compile(
    r",\s+(?:which|who|whose|der|die|das|dessen|deren)\s[^;:„“\"”]*,\s*(?:\S+\s+)?\Z"
)
"""A relative clause between a subject and its verb, which may hold a list with commas
("P&G, whose brands include Tide, Folgers and Pampers, reported …")."""
_POSSESSED_PERSON = re.compile(
    r"(?:\A|(?<=\s))(?:his|her|their|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<noun>[a-z]+(?:er|or|ist|ant|ent"
    r"|ian|man|woman|wife|husband|son|daughter|mother|father|brother|sister|friend|partner"
    r"|aide|coach))\s*\Z"
)
"""Someone's person named by what they do, right before the verb ("her producer said",
"his publicist said", "their landlord"-like words by their endings): a person."""
_LIST_AND = re.compile(
    r"\s+(?:und|and|sowie)\s+(?:(?:die|der|the|a|an|one|two|three|ein|eine|einer|zwei|drei)\s+)?"
)
"""Two names joined as one subject ("Linkspartei und Grüne forderten")."""
_BASED = re.compile(r"-(?:based|headquartered)\b")
_OWNED_ROLE = re.compile(
    rf"(?:['\u2019]s)?\s+(?:(?:shadow|deputy|acting|former|chief|senior|health|finance|home"
    rf"|foreign|transport|education|justice)\s+){{0,3}}(?P<role>spokesman|spokeswoman|spokesperson"
    rf"|lawyer|lawyers|attorney|chief\s+executive|chairman|chairwoman|chair|leader|secretary"
    rf"|minister|economist|analyst|official)\s+(?:(?:{'|'.join(sorted(_AUXILIARIES))})\s+)*"
    rf"(?=[a-z])"
)
"""A body's name, or its possessive, before the office of who speaks for it ("Tesla's
lawyer said", "the Conservative leader said", "Labour's shadow health secretary said"):
that person, by role, not the body."""
_LED_BY = re.compile(
    r"\b(?:unter\s+(?:dem\s+)?(?:Vorsitz|Leitung)|(?:chaired|led|headed|presided\s+over)\s+by)"
    r"\s+(?:(?:von|vom|des|der|the)\s+)?(?:[\w-]+\s+){0,2}\Z"
)
"""Whom a body is chaired or led by ("die Kammer unter Vorsitz von Richterin X", "a
panel chaired by Judge Y"): the body speaks, not the one who chairs it."""
_PREPOSITION_BEFORE = re.compile(
    r"\b(?i:at|in|on|for|with|to|from|about|against|over|into|of|outside|inside|near|vor|hinter|neben|nach|aus|bei|beim|mit|an|am|auf|für"
    r"|über|gegen|von|vom|zu|zum|zur|im|in)\s+(?:(?i:the|der|die|das|dem|den|des)\s+)?\Z"
)
"""A preposition (and article) right before a name: the name is its object."""
_AND = frozenset("and und but aber".split())


_SUBJECT_AFTER_VERB = re.compile(r"\s+(?:der|die|das)\s+[A-ZÄÖÜ]")
"""A German subject right after a closing verb of saying ("…, kündigte die Bahn an")."""


def _subject_before_relative(
    sentence: str, verb: re.Match[str], mentions: list[Mention]
) -> Mention | None:
    """The name that opens the sentence when a relative clause set off by commas stands
    between it and the verb ("P&G, whose brands include Tide, Folgers and Pampers,
    reported …", "Die Stadtwerke, die das Netz betreiben, teilten mit"): the clause may
    hold commas of its own, which hide the name from the clause-bound rules."""
    for mention in _named(mentions):
        if mention.end >= verb.start() or len(sentence[: mention.start].split()) > 2:
            continue
        if mention.kind == "group" and _SUBJECT_AFTER_VERB.match(sentence, verb.end()):
            return None  # "Fahrgäste, die …, könnten …, kündigte die Bahn an": the Bahn
        if _RELATIVE_OPENS.fullmatch(sentence, mention.end, verb.start()):
            return mention
        body = _first_after(mentions, mention.end, verb.start())
        if (
            mention.kind == "person"
            and body is not None
            and _AFFILIATION.fullmatch(sentence, mention.end, body.start)
            and _RELATIVE_OPENS.fullmatch(sentence, body.end, verb.start())
        ):
            return mention  # "Professor X of Lund University, who …, called": the professor
        return None
    return None


def _coordinated_subject(
    sentence: str, before: Mention, between: list[str], mentions: list[Mention]
) -> Mention | RoleSpeaker | None:
    """The opening subject of a verb of saying joined by "and" to the verb before it,
    when the name right before is that verb's prepositional object ('Inspectors praised
    the mood at St Anne's and said …', "Die Forschenden arbeiteten mit der Charité und
    erklärten …"): the name at the sentence's start, not the object."""
    if not any(word.casefold() in _AND for word in between[:2]):
        return None
    if not _PREPOSITION_BEFORE.search(sentence, max(0, before.start - 20), before.start):
        return None
    opener = _first_after(mentions, 0, before.start)
    if opener is not None and not opener.adjective and len(sentence[: opener.start].split()) <= 2:
        return opener
    if opener is not None and opener.start < before.start and not opener.adjective:
        return None
    leading = _LEADING_PHRASE.match(sentence)  # "Auditors found …": no listed actor
    if leading is None:
        return None
    plain = _plain_subject(sentence, 0, leading.end(), mentions)
    return plain if isinstance(plain, RoleSpeaker) else None


def _joined_source(
    sentence: str, before: Mention, between: list[str], mentions: list[Mention], cue: str
) -> Source:
    """The source for a verb with a name right before it: that name, unless the verb is
    joined by "and" to a verb whose prepositional object the name is."""
    opener = _coordinated_subject(sentence, before, between, mentions)
    if isinstance(opener, RoleSpeaker):
        return Source(role=opener, cue=cue)
    return Source(actor=(opener or before).actor, cue=cue)


def _named_before_bracket(sentence: str, bracket: int, mentions: list[Mention]) -> bool:
    """Whether an actor is named right before the bracket at ``bracket`` ("Merz (CDU)"):
    the bracket then says more about it. When none is ("Die Bundesvereinigung Deutscher
    Apothekerverbände (ABDA)", a name the actor finder did not list), the initials in the
    bracket name the subject."""
    return any(0 <= bracket - m.end <= 1 for m in mentions if m.start < bracket)


_AIMED_AT = re.compile(
    r"accused|accuses|blamed|blames|credited|credits|praised|praises|condemned|condemns|thanked"
    r"|welcomed|welcomes|urged|urges|(?:is|are|was|were)\s+(?:urging|calling)|hailed"
    r"|hails|dismissed|dismisses",
)
"""English verbs whose object is the one they are aimed at ("accused the Netherlands of
protectionism", "urged ministers to act", "praised the nurses"): an actor after them is
never the one who speaks, as it may be after "said" ("said the minister")."""


_OPENING_RELATIVE = re.compile(
    r"\W*(?:The|A|An)\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*)"
    r"(?P<rel>\s+(?:that|which|who)\s+)(?:[a-z][\w-]*\s+){0,2}"
)
"""An English sentence opening with an unnamed subject and a relative clause with no
comma ("The company which operates Britain's biggest port, Felixstowe, said"): the names
inside the clause are its objects, never the one who speaks."""
_IN_PLACE_END = re.compile(r"\s+(?:in|im|aus|from|at)\s+\Z")


def _subject_before_place(
    sentence: str, start: int, place: Mention, mentions: list[Mention]
) -> RoleSpeaker | None:
    """The unnamed group or person that opens a clause before the place it speaks in
    ("wie beide Gewerkschaften am Donnerstag in Berlin mitteilten", "as both unions said
    in London"): the capital after "in" is where, not a state that speaks."""
    preposition = _IN_PLACE_END.search(sentence, start, place.start)
    if preposition is None:
        return None
    plain = _plain_subject(sentence, start, preposition.start(), mentions)
    if isinstance(plain, RoleSpeaker) and plain.kind in ("group", "person"):
        return plain
    return None


_AUXILIARY_THEN_GROUP = re.compile(
    r"\b(?:hatten|haben|hat|hatte)\s+(?:(?:mehrere|viele|einige|zahlreiche|die|zwei|drei|vier"
    r"|fünf)\s+)?(?:[a-zäöüß]+e[nr]?\s+)?(?P<head>[A-ZÄÖÜ][\w-]+)\b"
)
"""A German auxiliary with the clause's plural subject after it, the time or place
having opened the clause ("In den Tagen hatten mehrere Unionspolitiker gefordert")."""


_REPORTED_THAT = re.compile(
    r"\W*(?:\w+\s+){0,3}?(?:sei|seien|werde|könne|müsse|solle|wolle|dürfe)\b[^,;:„“\"]*,\s*"
    r"(?:dass|ob)\s[^,;:]*\Z"
)
"""A main clause in reported speech (Konjunktiv I) with no verb of saying, then a "dass"
clause the verb is in ("So sei es anerkennenswert, dass X Fehler eingeräumt habe"): what
X did is the reported speaker's account, not X's word."""


def _group_after_auxiliary(
    sentence: str, start: int, verb_start: int, mentions: list[Mention]
) -> RoleSpeaker | None:
    """The plural group a German perfect names between its auxiliary and its participle
    of saying: the subject, not a name in the clause after the participle."""
    found = _AUXILIARY_THEN_GROUP.search(sentence, start, verb_start)
    if found is None or any(found.start() <= m.start < verb_start for m in mentions):
        return None
    head = found.group("head")
    if not (_german_plural(head) and _body_or_people(head)):
        return None
    return RoleSpeaker(head, found.start("head"), found.end("head"), "group")


def _subject(
    sentence: str, verb: re.Match[str], mentions: list[Mention], skip: list[tuple[int, int]]
) -> Source | None:
    """The subject of the verb of saying at ``verb``: before it, else after it."""
    start, end = _clause_bounds(sentence, verb.start())
    brackets = [(b.start(), b.end()) for b in _BRACKETED.finditer(sentence) if b.start() > 0]
    kept = [
        m
        for m in mentions
        if not any(s <= m.start < e for s, e in skip)
        and not _INTERVIEWER.search(sentence, max(0, m.start - 40), m.start)
        and not any(
            s < m.start and m.end < e and _named_before_bracket(sentence, s, mentions)
            for s, e in brackets
        )  # "X (SPD) sagte"; "Die Bundesvereinigung … (ABDA) warnt": the initials
        and not _LED_BY.search(sentence, max(0, m.start - 60), m.start)
        and not _BASED.match(sentence, m.end)  # "the Paris-based operator": where, not who
    ]
    relative_subject = _subject_before_relative(sentence, verb, kept)
    if relative_subject is not None:
        return Source(actor=relative_subject.actor, cue=verb.group())
    relative_opening = _OPENING_RELATIVE.match(sentence)
    comma = sentence.rfind(",", 0, verb.start())
    if (
        relative_opening is not None
        and relative_opening.end() < verb.start()
        and (comma < 0 or not sentence[comma + 1 : verb.start()].strip())
        and not _first_after(kept, 0, relative_opening.start("rel"))
    ):  # "The group that runs Norway's busiest airport said": the group, not Norway;
        # "A worker who was sacked has won, a tribunal ruled": the last clause's own
        plain = _plain_subject(sentence, 0, relative_opening.end("head"), kept)
        if isinstance(plain, Mention):
            return Source(actor=plain.actor, cue=verb.group())
        return Source(role=plain, cue=verb.group()) if plain is not None else None
    apposition = _APPOSITION.search(sentence, 0, verb.start())
    if apposition is not None:  # "X, the EU's commissioner, said"
        relative = _RELATIVE_CLAUSE.match(sentence, apposition.start())
        inside = _first_person_after(kept, apposition.start(), apposition.end())
        if inside is not None and re.search(
            r"\b(?:with|at|of|for|from|in|bei|beim|von|vom|der|des)\s",
            sentence[apposition.start() : inside.start],
        ):
            inside = None  # "X, analyst with Scotia Capital, is": a body where X works
        if (
            inside is not None and relative is None
        ):  # "Der Fraktionsvorsitzende der AfD, Gauland, sagte"
            return Source(actor=inside.actor, cue=verb.group())
        object_named = _last_before(mentions, 0, apposition.start())
        if object_named is not None and _PREPOSITION_BEFORE.search(
            sentence, max(0, object_named.start - 20), object_named.start
        ):  # "Wie X in einer Debatte mit Y, dem Chef des Vereins, sagte": X speaks
            clause_start, _ = _clause_bounds(sentence, max(0, apposition.start() - 1))
            subject = _first_person_after(kept, clause_start, object_named.start)
            if subject is not None and subject.actor != object_named.actor:
                return Source(actor=subject.actor, cue=verb.group())
        clause_start, _ = _clause_bounds(sentence, max(0, apposition.start() - 1))
        located = _located_role(sentence, clause_start, apposition.start(), kept)
        if located is not None:  # "A senior official in Brussels, who …, said": the official
            return Source(role=located, cue=verb.group())
        covering = role_speaker(sentence, clause_start, apposition.start())
        if (
            covering is not None
            and not sentence[covering.end : apposition.start()].strip()
            and len(sentence[clause_start : covering.start].split()) <= 2
            and any(covering.start <= m.start < covering.end for m in kept)
        ):  # "A US official, speaking on condition of anonymity, said": the official
            return Source(role=covering, cue=verb.group())
        body = _body_in_apposition(sentence, apposition, kept)
        if body is not None and relative is None:  # "His union, GMB, said"
            return Source(actor=body.actor, role=body.role, cue=verb.group())
        named = _last_before(kept, 0, apposition.start())
        if (
            named is not None
            and _HEAD_NOUN_ONLY.fullmatch(sentence, named.end, apposition.start())
            and not _german_verb_after(sentence, named.end, apposition.start())
        ):  # "X, …, said"; "The RMT union, which represents drivers, warned"
            return Source(actor=named.actor, cue=verb.group())
        if (
            named is not None
            and named.kind == "person"
            and _AGE_BETWEEN.fullmatch(sentence, named.end, apposition.start())
        ):  # "X, 46, a nurse at Y in Z, said": the person, not a place in the apposition
            return Source(actor=named.actor, cue=verb.group())
        role = role_speaker(sentence, 0, apposition.start())
        apposed = _named_in_apposition(sentence, apposition, kept)
        if role is not None and apposed is not None and _POSSESSED.search(role.name):
            # "The plant's owner, the Danish group X, said": the apposition names it
            return Source(actor=apposed.actor, cue=verb.group())
        if role is not None and not sentence[role.end : apposition.start()].strip():
            return Source(role=role, cue=verb.group())
        if named is None and role is None:  # "Small island states, which had pushed …, said"
            clause_start, _ = _clause_bounds(sentence, max(0, apposition.start() - 1))
            plain = _plain_subject(sentence, clause_start, apposition.start(), kept)
            if isinstance(plain, Mention):
                return Source(actor=plain.actor, cue=verb.group())
            if plain is not None and apposed is not None and _POSSESSED.search(plain.name):
                # "The vaccine's maker, the Indian firm X, said": the apposition names it
                return Source(actor=apposed.actor, cue=verb.group())
            if plain is not None:
                return Source(role=plain, cue=verb.group())
    cue = verb.group()
    if verb.group().casefold() in _PARTICIPLES:
        # "X hat der Regierung … vorgeworfen": the participle closes the clause; its
        # subject opens it
        person = _first_person_after(kept, start, verb.start())
        if person is not None and len(sentence[start : person.start].split()) <= 3:
            return Source(actor=person.actor, cue=cue)  # "Unions-Fraktionschef Merz hat …"
        opening = _first_after(kept, start, verb.start())
        if opening is not None and len(sentence[start : opening.start].split()) <= 2:
            return Source(actor=opening.actor, cue=cue)
        leading = _LEADING_PHRASE.match(sentence, start) if opening is None else None
        plain = _plain_subject(sentence, start, leading.end(), kept) if leading else None
        if isinstance(plain, RoleSpeaker):  # "Die Verteidigung hatte … gefordert"
            return Source(role=plain, cue=cue)
        aux_group = _group_after_auxiliary(sentence, start, verb.start(), kept)
        if aux_group is not None:  # "In den Tagen hatten mehrere Unionspolitiker gefordert"
            return Source(role=aux_group, cue=cue)
    aged = _AGED.match(sentence, start)
    if aged is not None and not _BREAK.search(sentence, aged.end(), verb.start()):
        # "Der 65 Jahre alte Geschäftsführer von X rief …": the person named before, by age
        return Source(pronoun=True, cue=f"{aged.group().strip()} {cue}")
    before = _last_before(kept, start, verb.start())
    spoken_by = role_speaker(sentence, start, verb.start())
    if (
        spoken_by is not None
        and before is not None
        and spoken_by.end >= before.end
        and _little_words(sentence[spoken_by.end : verb.start()])
    ):
        return Source(role=spoken_by, cue=cue)  # "Eine Sprecherin des Ministeriums sagte"
    if (
        spoken_by is not None
        and before is not None
        and spoken_by.start < before.start
        and " " in spoken_by.name
        and _LOCATED_NAME.fullmatch(sentence, spoken_by.end, verb.start())
    ):  # "Eine Sprecherin des Ministeriums in Schwerin sagte": where she speaks from
        return Source(role=spoken_by, cue=cue)
    inverted_subject = _inverted_subject(sentence, verb, kept, start, before)
    if inverted_subject is not None:
        return inverted_subject
    if before is not None and before.kind == "state":
        placed = _subject_before_place(sentence, start, before, kept)
        if placed is not None:  # "wie beide Gewerkschaften in Berlin mitteilten"
            return Source(role=placed, cue=cue)
    located = _located_role(sentence, start, verb.start(), kept) if before is not None else None
    if located is not None and before is not None and located.end <= before.start:
        return Source(role=located, cue=cue)  # "A senior official in Brussels said"
    if before is not None:
        holder = _last_before(kept, start, before.start)
        if holder is not None and _LOCATED.fullmatch(sentence, holder.end, before.start):
            before = holder  # "Officials in Brussels say": the officials, not the place
        elif holder is not None and _REDUCED_PASSIVE.fullmatch(sentence, holder.end, before.start):
            before = holder  # "Analysts polled by Reuters expect": the analysts
        elif (
            holder is not None
            and holder.kind == "person"
            and before.kind in ("organisation", "media")
            and _AFFILIATION.fullmatch(sentence, holder.end, before.start)
        ):
            before = holder  # "Professor X of Lund University called": the professor
        elif (
            holder is not None
            and _LIST_AND.fullmatch(sentence, holder.end, before.start)
            and len(sentence[start : holder.start].split()) <= 1
        ):
            before = holder  # "Linkspartei und Grüne forderten": the first of the list
        between = _BRACKETED.sub(" ", sentence[before.end : verb.start()])  # "(NASDAQ:X)"
        for s, e in skip:  # "Reuters unter Berufung auf Diplomaten berichtet"
            if before.end <= s and e <= verb.start():
                between = between.replace(sentence[s:e], " ")
        owned_role = _OWNED_ROLE.match(sentence, before.end)
        if owned_role is not None and before.kind in ("organisation", "media", "state"):
            # "Siemens Energy's spokesman said": the body's spokesman, a person
            name = sentence[before.start : owned_role.end("role")]
            return Source(role=RoleSpeaker(name, before.start, owned_role.end("role")), cue=cue)
        between_words = [w for w in between.split() if w.casefold() not in _AUXILIARIES]
        if len(between_words) <= 2 and not _BREAK.search(between):
            return _joined_source(sentence, before, between_words, kept, cue)
    possessed = _POSSESSED_PERSON.search(sentence, start, verb.start())
    if possessed is not None and possessed.group("noun") not in _DOCUMENT_NOUNS:
        # "…, her producer said": someone's producer, agent or aide, by what they do
        noun = RoleSpeaker(possessed.group("noun"), possessed.start("noun"), possessed.end("noun"))
        return Source(role=noun, cue=cue)
    many = _QUANTIFIER_SUBJECT.fullmatch(sentence, start, verb.start())
    if many is not None and _OPENING.fullmatch(sentence, 0, start):
        # "Many say …", "Viele sagen": some of the people named last; after a clause of
        # the same sentence ("X said …, and several called for …") they are some of that
        # clause's subject, which the sentence's first verb already names
        return Source(pronoun=True, cue=f"{many.group('many')} {cue}")
    moved = _MOVED_TO_SAY.search(sentence, start, verb.start())
    if moved is not None:
        # "It prompted one councillor to describe …": the one moved to speak speaks
        named = _first_after(mentions, moved.start("who"), moved.end("who"))
        if named is not None:
            return Source(actor=named.actor, cue=verb.group())
        plain = _plain_subject(sentence, moved.start("who"), moved.end("who"), mentions)
        if isinstance(plain, RoleSpeaker):
            return Source(role=plain, cue=verb.group())
    if _IMPERSONAL_BEFORE.search(sentence, start, verb.start()):
        return None  # "Die Partei stelle keinen Kandidaten und man könne nur hoffen": "man"
    pronoun = _PRONOUN.search(sentence, start, verb.start())
    role = role_speaker(sentence, start, verb.start())
    if role is not None and (pronoun is None or role.start < pronoun.start()):
        return Source(role=role, cue=cue)
    if pronoun is not None and len(sentence[pronoun.end() : verb.start()].split()) <= 3:
        return Source(pronoun=True, cue=f"{pronoun.group()} {cue}")
    opening = _first_after(kept, start, verb.start())
    if opening is not None and (
        len(sentence[start : opening.start].split()) <= 2
        or _SHARE_OF.fullmatch(sentence, start, opening.start)
    ):
        opening = _head_person(sentence, opening, kept) or opening
        return Source(actor=opening.actor, cue=cue)  # the clause's subject ("X hat … gesagt")
    if before is None and opening is None and pronoun is None:
        plain = _plain_subject(sentence, start, verb.start(), kept)
        if _THINGS_DO_TOO.fullmatch(cue) and not (
            isinstance(plain, RoleSpeaker) and plain.kind == "person"
        ):
            plain = None  # "Vieles spricht dafür"; "Der Verwalter sprach von …" is a person
        if isinstance(plain, Mention):
            return Source(actor=plain.actor, cue=cue)
        if plain is not None:
            return Source(role=plain, cue=cue)
    if _ADDRESSING.match(verb.group()):
        return None  # "told The New York Times": whom it was said to, not who said it
    if (
        before is None
        and verb.group()[:1].islower()
        and _POINTING_SUBJECT.fullmatch(sentence, start, verb.start())
    ):
        return None  # "The company said it expected its U.S. business …": not the U.S.
    kept = [m for m in kept if not _DATIVE.search(sentence, max(0, m.start - 40), m.start)]
    if _AIMED_AT.fullmatch(verb.group()):
        return None  # "… and accused the Netherlands of …": whom it was aimed at
    after = _first_person_after(kept, verb.end(), end) or _apposed_person(sentence, kept, end)
    after = after or _first_after(kept, verb.end(), end)
    role_after = role_speaker(sentence, verb.end(), end)
    after_pronoun = _PRONOUN.match(sentence, verb.end() + 1)
    if after_pronoun is not None:
        return Source(pronoun=True, cue=f"{cue} {after_pronoun.group()}")
    apposed = _apposed_person(sentence, kept, end) if role_after is not None else None
    if apposed is not None:  # "said the chair of the alliance, Cedric Schuster": the person
        return Source(actor=apposed.actor, cue=cue)
    if role_after is not None and (after is None or role_after.start < after.start):
        if after is not None and _titles(sentence, role_after, after):
            return Source(actor=after.actor, cue=cue)  # "sagt die Studienleiterin Katrin Wolff"
        return Source(role=role_after, cue=cue)
    if after is not None:
        medium_subject = _person_subject_before_medium(sentence, verb, after, kept)
        if medium_subject is not None:  # "sagte die Weltmeisterin im ZDF": she speaks
            return Source(role=medium_subject, cue=cue)
        return Source(actor=after.actor, cue=cue)
    if before is not None and not _HARD_BREAK.search(sentence[before.end : verb.start()]):
        return Source(actor=before.actor, cue=cue)
    inverted = _VERB_FIRST_SUBJECT.match(sentence, verb.end())
    if inverted is not None and verb.group()[:1].islower():
        # "Scharfe Kritik äußerte der Deutsche Städtetag", "teilte die Fluggesellschaft
        # mit": the German subject after a verb that comes first in its clause
        plain = _plain_subject(sentence, inverted.start("np"), inverted.end("np"), kept)
        if isinstance(plain, RoleSpeaker) and plain.name.casefold() not in _BODY_NOUNS:
            return Source(role=plain, cue=cue)
    return None


_MEDIUM_BEFORE = re.compile(r"\s+(?:im|beim|bei\s+der|in\s+der|dem|der|gegenüber)\s+\Z")
"""Where or to whom a German speaker said something ("sagte … im ZDF", "beim SWR",
"dem Sender"): the outlet after it is no speaker."""


def _person_subject_before_medium(
    sentence: str, verb: re.Match[str], after: Mention, mentions: list[Mention]
) -> RoleSpeaker | None:
    """A German person by role as the subject right after the verb, before the outlet or
    body where or to whom it was said ("sagte die siebenmalige Weltmeisterin im ZDF",
    "erklärte der Trainer beim SWR"): the person speaks, the outlet is where."""
    if not verb.group()[:1].islower():
        return None
    inverted = _VERB_FIRST_SUBJECT.match(sentence, verb.end())
    if inverted is None or inverted.end("np") > after.start:
        return None
    if not _MEDIUM_BEFORE.fullmatch(sentence, inverted.end("np"), after.start):
        return None
    plain = _plain_subject(sentence, inverted.start("np"), inverted.end("np"), mentions)
    if not isinstance(plain, RoleSpeaker) or plain.kind != "person":
        return None
    return plain


def sentence_source(
    sentence: str, mentions: list[Mention], *, quotes: Sequence[tuple[int, int]] = ()
) -> Source | None:
    """The actor (or role, or pronoun) whose word the sentence's statement rests on.

    ``quotes`` are the spans of quotations in the sentence: words inside them are the
    speaker's, not the attribution.
    """
    found = _sentence_source(sentence, mentions, quotes)
    if found is not None and found.role is not None and _TIME_OF_MONTH.fullmatch(found.role.name):
        return None  # "Mitte Mai hatte die Firma angekündigt": when, not who
    if found is not None and found.role is not None and _things(found.role.name):
        return None  # "laut DNA-Untersuchungen": what was found out, nobody's word
    if found is not None and found.role is not None:
        group = next(
            (
                m
                for m in mentions
                if m.kind == "group" and m.start <= found.role.start < m.end and not m.adjective
            ),
            None,
        )
        if group is not None:
            # "Die Händler argumentieren, …": a new plural subject the finder listed as a
            # group is a new source, not a role pointing back at the person before
            found = Source(actor=group.actor, cue=found.cue)
    return _as_outlet(_person_of_compound(found, sentence, mentions))


_THING_PLURAL = re.compile(r"(?:ungen|ionen|heiten|keiten|nisse)\Z")
"""German plurals of nouns of doing or being ("Untersuchungen", "Kündigungen",
"Ergebnisse"): things, never people who speak."""
_BODY_PLURALS = frozenset(
    "regierungen verwaltungen stiftungen zeitungen vereinigungen kommissionen organisationen"
    " institutionen delegationen nationen gewerkschaften".split()
)
"""Plurals of that shape that name bodies, which may speak ("Die Regierungen betonten")."""


def _things(name: str) -> bool:
    """Whether a source read off the words is a German plural of things, not of people or
    bodies ("laut DNA-Untersuchungen", "Betriebsbedingte Kündigungen schließt … aus")."""
    head = name.split()[-1].split("-")[-1].casefold() if name.split() else ""
    return bool(_THING_PLURAL.search(head)) and head not in _BODY_PLURALS


_TIME_OF_MONTH = re.compile(
    r"(?:Anfang|Mitte|Ende|Beginn|Early|Mid|Late)\s+(?:Januar|Jänner|Februar|März|April|Mai"
    r"|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June"
    r"|July|October|December)"
)
"""A part of a month ("Mitte Mai", "Ende März") that opens a sentence in the subject's
place: a time, no speaker."""


_OUTLET_SHAPE = re.compile(
    rf"(?:\b(?:{SOURCE_HEADS})|[\w-]+\.(?:{WEB_ENDINGS}))\Z"
    r"|-(?:Zeitung|Nachrichten|Kurier|Anzeiger|Magazin)\Z|zeitung\Z"
)
"""The shape of an outlet's name ("Stuttgarter Zeitung", "Yorkshire Post", "Coast FM",
"shz.de", "Ostsee-Zeitung"): what its last part says it is."""


def _as_outlet(found: Source | None) -> Source | None:
    """A body read off the words whose name has an outlet's shape is an outlet: the draft
    then lists it as a source the article cites."""
    if found is None or found.role is None or found.role.kind not in ("organisation", "group"):
        return found
    if not _OUTLET_SHAPE.search(found.role.name):
        return found
    role = RoleSpeaker(found.role.name, found.role.start, found.role.end, "media")
    return Source(role=role, cue=found.cue)


_SOURCE_PAPER = re.compile(
    r"(?:an?|the|one|ein|eine[mnr]?|de[mnrs]|die|das)\s+"
    r"(?P<words>(?:[\w.'\u2019-]+\s+){0,4}?)"
    r"(?P<paper>(?i:report|study|survey|poll|analysis|review|document|memo|letter|email"
    r"|filing|statement|assessment|audit|inspection|investigation|briefing|presentation"
    r"|Bericht|Studie|Umfrage|Analyse|Papier|Dokument|Schreiben|Brief|Mitteilung|Erklärung"
    r"|Gutachten|Untersuchung|Auswertung|Prüfbericht|Vermerk|Entwurf|minutes|ruling|judgment"
    r"|transcript|records|Protokoll|Sitzungsprotokoll|Urteil|Beschluss|Akten|Unterlagen))\b"
)
"""A paper a source phrase opens with ("according to an internal planning document",
"laut einer neuen Studie"): whose it is decides whose word the sentence rests on."""
_DATA_PAPER = re.compile(
    r"(?P<words>)(?P<paper>(?i:figures|data|statistics|numbers|estimates|minutes|records)"
    r"|Zahlen|Daten|Statistiken|Schätzungen|Protokollen|Akten|Unterlagen)\b"
)
"""Figures a source phrase opens with, no article needed ("according to figures from
the Association of X", "laut Zahlen des Bundesamts"): whose they are decides whose word
the sentence rests on."""
_PAPER_HOLDER = re.compile(
    r"(?:,?\s+(?:published\s+(?:(?:on|this|last)\s+\w+\s+|[A-Z][a-z]+\s+\d{1,2}\s+"
    r"|\d{1,2}\s+[A-Z][a-z]+\s+)?in(?:\s+the)?(?:\s+[a-z][\w-]*){0,2}|(?:first\s+)?(?:seen|obtained|reviewed|published|released|commissioned"
    r"|written|prepared|compiled|leaked|shared|sent|issued|filed)\s+(?:(?:on|this|last)\s+"
    r"\w+\s+)?by|from|of|by)|\s+(?:des|der|vom|von(?:\s+der|\s+dem)?))\s+(?:the\s+)?"
)
"""What ties a paper to its holder: its author, or the outlet that saw it ("seen by the
Guardian", "published by the ministry", "of the regulator", "des Ministeriums"), or the
journal it came out in, after a date and the journal's lowercase epithets ("published
May 3 in the quarterly Journal of X")."""
_OWNER_NAME = re.compile(
    r"[A-ZÄÖÜ][\w&'\u2019-]*(?:\.\w+)*(?:\s+[A-ZÄÖÜ][\w&'\u2019-]*(?:\.\w+)*){0,3}"
)
"""A capitalised name of up to four words; a dot only inside a word ("Ofcom", "shz.de")."""


_OWNER_NAME_OF = re.compile(
    r"[A-ZÄÖÜ][\w&'\u2019-]*(?:\.\w+)*(?:\s+(?:(?:of|for|and|&)\s+)?[A-ZÄÖÜ][\w&'\u2019-]*"
    r"(?:\.\w+)*){0,3}"
)
"""A body's name after its paper, whose words "of", "for" and "and" may join ("figures
from the Association of British Insurers")."""


def _head_run(name: str) -> str:
    """The words of a name before the first "of", "for" or "and" that joins it ("the
    Association" of "Association of British Insurers"): the part that says it is a body;
    the words after are what it is for and may well be common words."""
    return re.split(r"\s+(?:of|for|and|&)\s+", name, maxsplit=1)[0]


def _paper_owner(sentence: str, start: int, end: int, mentions: list[Mention]) -> Source | None:
    """The holder of the paper a source phrase opens with ("according to an Ofsted report
    published on Thursday", "according to a memo seen by Reuters", "laut einem Bericht
    des Rechnungshofs"): the name before the paper's noun, else the one tied to it after
    by "by", "of", "des". None when the phrase names no paper or the paper no holder:
    the rules that follow read it then."""
    paper = _SOURCE_PAPER.match(sentence, start) or _DATA_PAPER.match(sentence, start)
    if paper is None:
        return None
    german = paper.group("paper")[:1].isupper()  # German capitalises the paper's noun
    inside = _first_after(mentions, paper.start("words"), paper.start("paper"))
    if inside is not None and not inside.adjective and inside.kind != "state":
        return Source(actor=inside.actor)
    capitalised = _OWNER_NAME.search(paper.group("words"))
    if capitalised is not None and not any(
        m.start < paper.start("paper") and paper.start("words") <= m.end for m in mentions
    ):
        name = capitalised.group()
        at = paper.start("words") + capitalised.start()
        if _unlisted_body(name, german):  # "an Ofsted report": a body the actor finder missed
            return Source(role=RoleSpeaker(name, at, at + len(name), "organisation"))
    holder = _PAPER_HOLDER.match(sentence, paper.end())
    if holder is None:
        holder = _PAPER_HOLDER.match(sentence, _participle_phrase_end(sentence, paper.end()))
    if holder is None:
        return None
    owner = _first_after(mentions, holder.end(), max(end, holder.end() + 1))
    if owner is not None and owner.start - holder.end() <= 4:
        return Source(actor=owner.actor)
    name_after = _OWNER_NAME_OF.match(sentence, holder.end())
    if name_after is not None and _unlisted_body(_head_run(name_after.group()), german):
        name = name_after.group()
        return Source(
            role=RoleSpeaker(name, holder.end(), holder.end() + len(name), "organisation")
        )
    return None


_OPENING_PAPER = re.compile(r"\W*(?=(?i:the|die|der|das)\s)")


def _paper_subject(sentence: str, mentions: list[Mention]) -> Source | None:
    """The holder of a paper that opens the sentence as its subject, named in an
    apposition before the verb ("The report, published by X on Monday, found that …",
    "The survey, commissioned by Y, shows …"): the paper's findings are the holder's
    word."""
    opening = _OPENING_PAPER.match(sentence)
    if opening is None or not sentence[opening.end() :].strip():
        return None
    at = opening.end()
    lowered = sentence[:at] + sentence[at].lower() + sentence[at + 1 :]  # "The" as "the"
    held = _paper_owner(lowered, at, len(sentence), mentions)
    if held is None:
        return None
    owner_end = max(
        (m.end for m in mentions if held.actor is not None and m.actor == held.actor),
        default=held.role.end if held.role is not None else -1,
    )
    if owner_end < 0:
        return None
    shown = _SHOWING.search(sentence, owner_end) or next(
        (v for v in _speech_verbs(sentence) if v.start() >= owner_end and v.group().islower()),
        None,
    )
    if shown is None or "," not in sentence[owner_end : shown.start()]:
        return None  # the paper's verb comes after the apposition that names its holder
    return Source(actor=held.actor, role=held.role, cue=shown.group().strip())


_PARTICIPLE_PHRASE = re.compile(
    r"\s+(?:published|released|issued|veröffentlicht\w*)\s+[^,;:]*?(?=\s+by\b)"
)


def _participle_phrase_end(sentence: str, position: int) -> int:
    """Where a short participle phrase after a paper ends before its "by" ("a report
    published on Thursday by the regulator"), else ``position``."""
    phrase = _PARTICIPLE_PHRASE.match(sentence, position)
    return phrase.end() if phrase is not None and len(phrase.group().split()) <= 5 else position


def _body_named_with_place(sentence: str, start: int, found: Mention | None) -> RoleSpeaker | None:
    """A body whose name ends in a place the gazetteer knows ("Stromnetz Berlin",
    "Hafen Hamburg", "Flughafen Wien"), right after a source phrase: the whole
    capitalised run names the body; the place alone is not the source."""
    run = _OWNER_NAME.match(sentence, start)
    if run is None or not 2 <= len(run.group().split()) <= 3:
        return None
    if found is not None and found.start < run.end():
        if found.kind != "state" or found.start <= start or run.end() != found.end:
            return None
    elif _ROLE.match(sentence, start) or (
        is_common_noun(run.group().split()[-1])
        if _reads_german(sentence)
        else is_english_common_word(run.group().split()[-1])
    ):
        return None  # "laut Innenminister X": a person's office; "von Polizei Feuerwehr"
    name = run.group()
    return RoleSpeaker(name, start, start + len(name), "organisation")


def _unlisted_body(name: str, german: bool) -> bool:
    """Whether a capitalised name by a paper is a body's (one to four words, none a word
    of the language's common stock: "Ofsted", "Stiftung Warentest" has a common word and
    is left to the actor finder)."""
    words = name.split()
    if not 1 <= len(words) <= 4:
        return False
    if len(words) == 1 and _ACRONYM.fullmatch(name):
        return True  # "data from ICE": initials are a name, whatever word they spell
    if german:
        return not any(is_common_noun(w) for w in words)
    return not any(is_english_common_word(w) for w in words)


_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}")
_CALENDAR_NAME = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch"
    r"|Donnerstag|Freitag|Samstag|Sonntag|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober"
    r"|Dezember|Today|Yesterday)\b"
)
"""Days and months, a closed class: "according to Monday's figures" names a time."""
_OBJECT_PRONOUNS = "her|him|them|ihm|ihr|ihnen"
_PRONOUN_AFTER_SOURCE = re.compile(rf"\s*(?:{_OBJECT_PRONOUNS})\b", re.IGNORECASE)
"""A personal pronoun right after a source phrase ("according to her", "laut ihm"): the
person or group named before speaks, as "she said" points back."""
_PRONOUN_ZUFOLGE = re.compile(rf"\b(?:{_OBJECT_PRONOUNS})\s+zufolge\b", re.IGNORECASE)
"""A pronoun before "zufolge" ("Ihm zufolge"): as "laut ihm", the one named before,
never a body no list holds."""
_ENGLISH_SOURCE_PHRASE = re.compile(r"(?i:according|per|as|reported|criticism|praise)\b")
_THE_PAPER_BEFORE = re.compile(
    r"\b(?:[Dd]em|[Dd]er|[Dd]iesem|[Dd]ieser)\s+(?:[a-zäöüß]+en\s+)?(?:Bericht|Studie|Umfrage|Analyse"
    r"|Gutachten|Papier|Schreiben|Mitteilung|Erklärung|Meldung|Protokoll)\s*\Z"
)
"""A paper with the definite article and no owner right before "zufolge" ("dem Bericht
zufolge", "der Studie zufolge"): the paper the text cited before."""
_NAME_BEFORE_ZUFOLGE = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÄÖÜ][\w&-]*(?:\s+[A-ZÄÖÜ][\w&-]*){0,2})\s+zufolge\b"
)


def _unlisted_name(name: str, start: int, german: bool, *, per: bool = False) -> RoleSpeaker | None:
    """A body named by a run of capitalised words no list holds, or None when the run
    is a day or month, or a common word ("Eurostat", "Citizens Advice"; not "Monday",
    "Polizei"). In English copy two capitalised words or more are a name whatever the
    words (the language capitalises no common noun); after "per" a German noun is none
    ("zweimal per Foulelfmeter" in a sentence too short to read as German)."""
    name = re.sub(r"['\u2019]s?\Z", "", name)
    if not name or _CALENDAR_NAME.match(name):
        return None
    words = _head_run(name).split()
    if words and _document_word(words[-1]):
        return None  # "laut Sitzungsprotokoll", "according to Council Minutes": a paper
    if (german or len(words) < 2) and not _unlisted_body(_head_run(name), german):
        return None
    if not 1 <= len(words) <= 4:
        return None
    if per and any(is_known_common_noun(w) for w in words):
        return None
    return RoleSpeaker(name, start, start + len(name), "organisation")


def _unlisted_source(
    sentence: str, match: re.Match[str], end: int, mentions: list[Mention]
) -> RoleSpeaker | None:
    """The name right after a source phrase when the actor finder listed none there
    ("according to Eurostat", "laut Creditreform", "nach Angaben von Eurostat"): a
    capitalised name in the place of a source is the source, an organisation the
    gazetteer does not know, rather than no source at all."""
    named = _OWNER_NAME_OF.match(sentence, match.end())
    if named is None or named.end() > end:
        return None
    if any(named.start() <= m.start < named.end() for m in mentions):
        return None
    german = not _ENGLISH_SOURCE_PHRASE.match(match.group())
    per = match.group().strip().casefold() == "per"
    return _unlisted_name(named.group(), named.start(), german, per=per)


def _unlisted_before_zufolge(
    sentence: str, mentions: list[Mention], outside: Callable[[int], bool]
) -> RoleSpeaker | None:
    """An unlisted name before "zufolge" ("Creditreform zufolge"), as
    :func:`_unlisted_source` reads one after "laut"."""
    for match in _NAME_BEFORE_ZUFOLGE.finditer(sentence):
        if not outside(match.start()):
            continue
        if any(match.start() <= m.start < match.end("name") for m in mentions):
            continue
        found = _unlisted_name(match.group("name"), match.start("name"), german=True)
        if found is not None:
            return found
    return None


def _sentence_source(
    sentence: str, mentions: list[Mention], quotes: Sequence[tuple[int, int]]
) -> Source | None:

    def outside(position: int) -> bool:
        return not any(s <= position < e for s, e in quotes)

    for match in _SOURCE_AFTER.finditer(sentence):
        if not outside(match.start()):
            continue
        if match.group().strip().casefold().startswith("so") and not re.search(
            r",\s*$", sentence[: match.start()]
        ):
            continue  # "so" is a source only after a comma ("…, so X.")
        if match.group().strip().casefold() == "per" and not _per_source(sentence, match):
            continue  # "per student", German "per Post": a rate or a means, no source
        if (
            match.group().casefold().startswith("laut")
            and _speaker_before_outlet(sentence, match.start(), mentions)
            and not _person_after(sentence, match.end(), mentions)
        ):
            continue  # "sagte eine Sprecherin des Amts laut tagesschau.de": she speaks
        if "eigene" in match.group():  # "…, hat nach eigenen Angaben …": the subject's own
            subject = _opening_subject(sentence, mentions)
            if subject is not None:
                return subject
            continue
        _, end = _clause_bounds(sentence, match.end())
        held = _paper_owner(sentence, match.end(), end, mentions)
        if held is not None:  # "according to an internal memo seen by the Guardian"
            return Source(actor=held.actor, role=held.role, cue=match.group().strip())
        found = _first_after(mentions, match.end(), max(end, match.end() + 1))
        place_named = _body_named_with_place(sentence, match.end(), found)
        if place_named is not None:  # "nach Angaben von Stromnetz Berlin"
            return Source(role=place_named, cue=match.group().strip())
        role = role_speaker(sentence, match.end(), end) or _role_after_article(sentence, match, end)
        far = found is None or found.start - match.end() > 40
        if role is None and _GERMAN_SOURCE_PHRASE.match(match.group()):
            noun = _noun_after(sentence, match.end())  # "von Fachleuten"
            if far or (
                noun is not None
                and found is not None
                and noun.end <= found.start
                and sentence[noun.end : found.start].strip(" ,")  # "Ministerin Anna Kraus"
            ):
                role = noun  # "nach Ansicht von Kritikern das beste Museum": the critics
        if (
            far
            and role is None
            and (match.group()[:1] in "aA" or _FROM_CRITICS.search(match.group()))
        ):
            role = _english_role_after(sentence, match.end())  # "according to a mediator"
            role = role or _english_body_after(sentence, match.end())
        if role is not None and (found is None or role.start < found.start):
            return Source(role=role, cue=match.group().strip())
        if (
            found is not None
            and sentence[found.end :].lstrip().startswith(":")
            and any(m.kind == "person" and m.start > found.end for m in mentions)
        ):
            continue  # "Kritik kam von der Opposition: CDU-Chef X warf …": X speaks
        if found is not None and found.start - match.end() <= 40:
            return Source(actor=found.actor, cue=match.group().strip())
        pronoun = _PRONOUN_AFTER_SOURCE.match(sentence, match.end())
        if pronoun is not None:  # "According to her, …", "Laut ihm …": the one named before
            return Source(pronoun=True, cue=f"{match.group().strip()} {pronoun.group().strip()}")
        unlisted = _unlisted_source(sentence, match, end, mentions)
        if unlisted is not None:  # "according to Eurostat": a body no list holds
            return Source(role=unlisted, cue=match.group().strip())
    held_view = _FOR_PERSON.match(sentence)
    if held_view is not None:  # "Für Richterin Voss war das nicht ausreichend": her view
        person = _first_person_after(mentions, held_view.start("who"), held_view.end("who"))
        if person is not None and person.end == held_view.end("who"):
            return Source(actor=person.actor, cue="für")
    met = _MET_WITH.search(sentence)
    if met is not None and outside(met.start()):  # "stößt in der Fraktion auf Widerstand"
        found = _first_after(mentions, met.start("who"), met.end("who"))
        if found is not None:
            return Source(actor=found.actor, cue=met.group().strip())
        role = _noun_after(sentence, met.start("who"))
        if role is not None and role.end <= met.end("who"):
            return Source(role=role, cue=met.group().strip())
    own_words = _OWN_WORDS.search(sentence)
    if own_words is not None and outside(own_words.start()):
        return Source(pronoun=True, cue=own_words.group())  # "nach seinen Worten"
    for match in _SOURCE_BEFORE.finditer(sentence):
        if _THE_PAPER_BEFORE.search(sentence, 0, match.start()) and outside(match.start()):
            # "Kümmritz wolle dem Bericht zufolge …": the report cited before, not the name
            return Source(carried=True, cue="the paper before")
        found = _last_before(mentions, 0, match.start())
        if found is not None and outside(match.start()):
            return Source(actor=found.actor, cue="zufolge")
    pronoun = _PRONOUN_ZUFOLGE.search(sentence)
    if pronoun is not None and outside(pronoun.start()):  # "Ihm zufolge": the one named before
        return Source(pronoun=True, cue=pronoun.group())
    unlisted_before = _unlisted_before_zufolge(sentence, mentions, outside)
    if unlisted_before is not None:  # "Creditreform zufolge"
        return Source(role=unlisted_before, cue="zufolge")
    own = _OWN_INFORMATION.search(sentence)
    if own is not None and outside(own.start()):
        found = _first_after(mentions, own.start("who"), own.end("who"))
        if found is not None:
            return Source(actor=found.actor, cue=own.group())
    compound = _COMPOUND_SOURCE.search(sentence)
    if compound is not None and outside(compound.start()):
        who = RoleSpeaker(
            compound.group("who"), compound.start("who"), compound.end("who"), "organisation"
        )
        return Source(role=who, cue=compound.group())
    document = _document_owner(sentence, mentions, outside) or _paper_subject(sentence, mentions)
    if document is not None:
        return document
    hearsay = _HEARSAY.search(sentence)
    if hearsay is not None and outside(hearsay.start()):
        start, end = _clause_bounds(sentence, hearsay.start())
        where = _last_before(mentions, start, hearsay.start())
        if where is not None and (
            _PLACE_WORD.search(sentence, 0, where.start)
            or _PLACE_WORD_OPENS.match(sentence, where.start)
        ):  # "Im Kreml hieß es", "Aus Regierungskreisen hieß es"
            return Source(actor=where.actor, cue=hearsay.group())
        circles = _CIRCLES.search(sentence, start, end)
        if circles is not None:  # "hieß es aus Polizeikreisen"
            named = _first_after(mentions, circles.start("who"), circles.end("who"))
            if named is not None:
                return Source(actor=named.actor, cue=hearsay.group())
            name = circles.group("who")
            if circles.group("whose"):  # "Aus Kreisen der Grünen-Fraktion": whose circles
                name = name.removesuffix("n") + circles.group("whose")
            who = RoleSpeaker(name, circles.start("who"), circles.end(), "group")
            return Source(role=who, cue=hearsay.group())
        heard_from = _HEARD_FROM.match(sentence, hearsay.end())
        if heard_from is not None:  # "heißt es beim Fahrgastverband", "hieß es aus der SPD"
            teller = _first_after(mentions, heard_from.end(), end)
            if teller is not None and teller.start - heard_from.end() <= 30:
                return Source(actor=teller.actor, cue=hearsay.group())
            body = _FOLLOWING_PHRASE.match(sentence, heard_from.end())
            if (
                body is not None
                and body.end() <= end
                and not is_known_common_noun(body.group("head"))
            ):
                head = body.group("head")
                who = RoleSpeaker(head, body.start("head"), body.end("head"), "organisation")
                return Source(role=who, cue=hearsay.group())
        paper = _PAPER.match(sentence, hearsay.end())
        if paper is not None:  # "heißt es in einem Entwurf des Arbeitsministeriums"
            owner = _first_after(mentions, paper.end(), max(end, paper.end() + 1))
            if owner is not None and owner.start - paper.end() <= 40:
                return Source(actor=owner.actor, cue=hearsay.group())
    hearsay_closing = _CLOSING_HEARSAY.search(sentence)
    if hearsay_closing is not None and outside(hearsay_closing.start()):
        # "…, hieß es.", "…, it was said.": the source named in the sentence before goes
        # on, not the subject of this one ("Die Pendler müssten …, hieß es")
        return Source(carried=True, cue=hearsay_closing.group().strip(" ,."))
    skip = [(m.start(), m.end()) for m in _CITING.finditer(sentence)]
    verbs = [v for v in _speech_verbs(sentence) if outside(v.start())]
    if (
        verbs
        and verbs[-1].group().casefold() not in _PARTICIPLES
        and not _AS_REPORTED.search(sentence, 0, verbs[-1].start())
        and _closing_words(sentence, verbs[-1].end()) <= 3
        and "," in sentence[: verbs[-1].start()]
        and not _AUXILIARY_BEFORE.search(sentence, 0, verbs[-1].start())
        and not _HARD_BREAK.search(sentence, verbs[0].end(), verbs[-1].start())
        and not _DENIAL.fullmatch(verbs[-1].group())
    ):
        # "…, Russian news agencies reported.": the closing attribution covers the sentence
        last = verbs[-1]
        if _STATEMENT.search(sentence, 0, last.start()):
            return Source(carried=True, cue=f"statement {last.group()}")
        closing = _subject(sentence, last, mentions, skip)
        if closing is not None and _speaks_as(closing, last, sentence, mentions):
            return closing
    participle = _PARTICIPLE_CLAUSE.search(sentence)
    side = [(m.start(), m.end()) for m in _RELATIVE_CLAUSE.finditer(sentence)] + skip
    if participle is not None and any(
        v.start() < participle.start()
        and v.group()[:1].islower()
        and not _DETERMINER_BEFORE.search(sentence, 0, v.start())
        for v in _speech_verbs(sentence)
        if outside(v.start()) and not any(s <= v.start() < e for s, e in side)
    ):
        # "The theatre will close, its board announced, blaming …": the participle's
        # subject is that of the verb of saying before it, which the rules below read
        participle = None
    if participle is not None and outside(participle.start()):
        # "Several backbenchers rebelled, arguing that …": the main clause's subject argues
        role = role_speaker(sentence, 0, participle.start())
        if role is not None and len(sentence[: role.start].split()) <= 1:
            # "A spokeswoman for the port authority told X that …, adding …": the role
            return Source(role=role, cue=participle.group(1))
        subject = _opening_subject(sentence, mentions, participle.group(1))
        if subject is not None:
            return subject
    relatives = [(m.start(), m.end()) for m in _RELATIVE_CLAUSE.finditer(sentence)]
    leading = _LEADING_SIDE_CLAUSE.match(sentence)
    for verb in _speech_verbs(sentence):
        if not outside(verb.start()) or any(s <= verb.start() < e for s, e in skip):
            continue
        if (
            leading is not None
            and verb.start() < leading.end()
            and any(
                later.group()[:1].islower() and outside(later.start())
                for later in _SPEECH.finditer(sentence, leading.end())
            )
        ):
            continue  # "Als die Richterin erklärte, …, sprang X auf und schrie": X speaks
        if any(s <= verb.start() < e for s, e in relatives) and any(
            later.start() >= e
            for later in _SPEECH.finditer(sentence, verb.end())
            for _s, e in relatives
        ):
            continue  # "X, which advises its clients to sell, said": the main clause's verb
        if _PASSIVE_HEDGE.search(sentence, 0, verb.start()) and not verb.group().endswith("ing"):
            agent = _passive_agent(sentence, verb.end(), mentions)
            if agent is not None:  # "The move was welcomed by campaigners"
                return agent
            continue
        if verb.group()[0].isupper() and verb.start() > 0:
            continue  # a capitalised noun ("Sprecher"), not the verb
        if _DETERMINER_BEFORE.search(sentence, 0, verb.start()):
            continue  # "has won his claim", "the estimate": a noun, not the verb
        if _REPORTED_THAT.match(sentence, 0, verb.start()):
            continue  # "So sei es gut, dass X Fehler eingeräumt habe": the reported speaker's
        if _measured_against(sentence, verb):
            continue  # "below the €2.5 billion analysts had expected": the yardstick's
        if verb.group().casefold() == "ausgeschlossen" and _COPULA_BEFORE.search(
            sentence, _clause_bounds(sentence, verb.start())[0], verb.start()
        ):
            continue  # "Ein Streik ist nicht ausgeschlossen": nobody's word, a possibility
        subject = _subject(sentence, verb, mentions, skip)
        if subject is None and verb.group()[:1].islower():
            subject = _shared_subject(sentence, verb, mentions)
        if subject is not None and _speaks_as(subject, verb, sentence, mentions):
            return subject
    own_plan = _own_plan(sentence, mentions)
    if own_plan is not None:
        return own_plan
    carry = _CARRY.search(sentence)
    if carry is not None:
        return Source(carried=True, cue=carry.group())
    expected = _EXPECTED_PASSIVE.search(sentence)
    if expected is not None and outside(expected.start()):
        # "Eine weitere Ausbreitung wird derzeit nicht erwartet": an expectation with no
        # one named goes on from the source of the sentence before
        return Source(carried=True, cue=expected.group("verb"))
    return None


_COPULA_BEFORE = re.compile(
    r"\b(?:ist|sind|war|waren|sei|seien|wäre|wären|bleibt|bleiben|scheint|scheinen|gilt"
    r"|wird|werden|wurde|wurden)\b"
)
"""A copula or passive auxiliary before "nicht ausgeschlossen": the possibility stated
("ist nicht ausgeschlossen", "wird nicht ausgeschlossen"), not someone's refusal to rule
it out ("hat … nicht ausgeschlossen")."""
_EXPECTED_PASSIVE = re.compile(
    r"\b(?:wird|werden)\s+(?:(?!von\b|vom\b|durch\b)[^\s,;:.]+\s+){0,8}?"
    r"(?P<verb>erwartet|befürchtet|vermutet|angenommen)(?=\s*[.;]|\s*\Z)"
)
"""A German passive of expecting or fearing that closes its sentence with no agent ("Eine
Ausbreitung wird nicht erwartet"): whose expectation the sentence before says."""


_EXPECTING = re.compile(
    r"(?:expected|forecast|predicted|estimated|anticipated|projected|erwartet|prognostiziert"
    r"|vorhergesagt|geschätzt)\Z",
    re.IGNORECASE,
)
_YARDSTICK = re.compile(
    r"\b(?:than|below|above|short\s+of|beat|beating|beats|missed|missing|misses|topped"
    r"|topping|exceeded|exceeding|in\s+line\s+with|als|unter|über)\s[^,;:]*\Z"
)


def _measured_against(sentence: str, verb: re.Match[str]) -> bool:
    """Whether a verb of expecting closes a comparison the sentence measures its figure
    against ("below the €2.5 billion analysts had expected", "more than economists
    forecast", "stärker als Analysten erwartet hatten"): those who expected supplied the
    yardstick, not the figure the sentence reports."""
    return bool(_EXPECTING.search(verb.group())) and bool(
        _YARDSTICK.search(sentence, 0, verb.start())
    )


def _person_after(sentence: str, position: int, mentions: list[Mention]) -> bool:
    """Whether a source phrase names a person or people by role ("nach Angaben seiner
    Anwälte", "laut Polizeisprecher X"): their word, whoever speaks before it."""
    _, end = _clause_bounds(sentence, position)
    role = role_speaker(sentence, position, end)
    if role is not None and role.start - position <= 20:
        return True
    noun = _noun_after(sentence, position)
    if noun is not None and noun.kind in ("person", "group"):
        return True
    return any(
        m.kind in ("person", "group") and position <= m.start < position + 20 for m in mentions
    )


def _speaker_before_outlet(sentence: str, position: int, mentions: list[Mention]) -> bool:
    """Whether the clause before a "laut" already has a verb of saying with its speaker
    right after it ("…, sagte eine Sprecherin laut dem NDR", "sagte Stadtbaurat X laut
    Protokoll"): the outlet or the record passed the words on; whose they are the verb
    says."""
    start, _ = _clause_bounds(sentence, position)
    verb = next(
        (
            v
            for v in _speech_verbs(sentence)
            if start <= v.start() < position and v.group()[:1].islower()
        ),
        None,
    )
    if verb is None:
        return False
    between = sentence[verb.end() : position]
    return role_speaker(between) is not None or any(
        m.kind == "person" and verb.end() <= m.start < position for m in mentions
    )


_COURT_WORDS = frozenset(
    "kammer strafkammer zivilkammer senat richter richterinnen bench judges panel".split()
)
"""Words a court report uses for the court it is about ("nach Auffassung der Kammer",
"nach Ansicht der Richter", "the judges ruled"): the court, not an actor of their own."""


def court_word(name: str) -> bool:
    """Whether a speaker's words name the bench of a court ("die Kammer", "the judges")."""
    words = name.casefold().split()
    return len(words) <= 2 and words[-1] in _COURT_WORDS


_DETERMINER_BEFORE = re.compile(
    r"\b(?:his|her|its|their|our|my|your|the|a|an|this|that|these|those)\s+\Z", re.IGNORECASE
)

_PER_NAME = re.compile(r"(?:the\s+|an?\s+)?[A-Z]|(?:the|an?)\s")


def _per_source(sentence: str, match: re.Match[str]) -> bool:
    """Whether "per" cites a source ("per Reuters", "per the filing"): lowercase, in
    English copy, before a name, "the" or "a" ("per a draft seen by X"). "per student",
    "per day" are rates, and German "per Post", "per E-Mail" say how a message went,
    never whose it is."""
    word = match.group().strip()
    return (
        word == "per"
        and _PER_NAME.match(sentence, match.end()) is not None
        and not _reads_german(sentence)
    )


"""An English determiner right before a word of saying makes it a noun ("his claim",
"the estimates", "a promise")."""
_AND_BEFORE = re.compile(
    r"\s(?:and|und|but|aber|sowie)\s+(?:(?:also|then|later|auch|dann|später)\s+)?\Z"
)
"""A second verb joined to the first ("…, also supported the plan and said …"): it shares
the subject that opens the sentence."""


def _shared_subject(sentence: str, verb: re.Match[str], mentions: list[Mention]) -> Source | None:
    """The subject that opens the sentence, for a verb of saying joined by "and" to the
    verb phrase before it ("Cllr Richard Clark, ward member for the north ward, also
    supported the plan and said …", "Hecking, however, was not impressed and labelled
    the goal …", "Die Ministerin besuchte das Werk und sagte …")."""
    if not _AND_BEFORE.search(sentence, 0, verb.start()):
        return None
    first = sentence.split(maxsplit=1)[0].strip(",.").casefold() if sentence.strip() else ""
    if first in _NOT_SUBJECT:
        return None  # "In Berlin …", "Am Montag …": no subject opens the sentence
    return _opening_subject(sentence, mentions, verb.group())


_SHOWN_FEELING = re.compile(r"zeigte|zeigten|zeigt|gab|gaben|gibt|fühlt|fühlte|fühlen|fühlten")
"""The verb of "zeigte sich …", "gab sich …": a person shows a feeling, a market or a
currency only moves."""


_RULING = re.compile(r"ruled|rules|entschied|entschieden|urteilte|urteilten", re.IGNORECASE)
"""A ruling, which rests on the court that gave it (not on judges counted as people)."""
_COURT = re.compile(
    r"(?i:court|tribunal|panel|jury|inquest)|[Gg]ericht|[Gg]erichtshof|Kammer|Senat", re.UNICODE
)


def _is_court(found: Source, sentence: str, mentions: list[Mention]) -> bool:
    """Whether the source of a ruling is a court or a tribunal by its name ("an employment
    tribunal in Leeds", "das Landgericht", "the Supreme Court")."""
    if found.role is not None:
        return bool(_COURT.search(found.role.name))
    spans = [m for m in mentions if m.actor == found.actor]
    return any(_COURT.search(sentence[m.start : m.end] + " " + (m.actor or "")) for m in spans)


_ASSUMING = re.compile(r"geht|gehen|ging|gingen", re.IGNORECASE)
_REJECTING = re.compile(r"lehnt|lehnen|lehnte|lehnten", re.IGNORECASE)


def _group_source(found: Source, mentions: list[Mention]) -> bool:
    """Whether ``found`` is a group: people unnamed or a named following ("Die Fanszene",
    "Umweltverbände"), whose rejection of a plan is their view."""
    if found.role is not None:
        return found.role.kind == "group"
    return any(m.actor == found.actor and m.kind == "group" for m in mentions)


def _speaks_as(found: Source, verb: re.Match[str], sentence: str, mentions: list[Mention]) -> bool:
    """Whether ``found`` can be the subject of ``verb``: anyone for a verb of saying; for
    a feeling shown, a person (named, by role or by pronoun) or an actor the text names
    ("Der Trainer zeigte sich enttäuscht", "Die SPD fühlt sich „verhöhnt“"), not a noun
    phrase read off the words ("Der Euro zeigte sich unbeeindruckt")."""
    if _REJECTING.fullmatch(verb.group()):
        return _group_source(found, mentions)
    if _ASSUMING.fullmatch(verb.group()) and not re.match(
        r"\s+(?:\S+\s+){0,2}davon\b", sentence[verb.end() :]
    ):  # "Die Polizei geht von Brandstiftung aus"; "Die Gefahr geht vom Dach aus" is none
        return found.actor is not None or (
            found.role is not None and found.role.kind in ("person", "group")
        )
    if _RULING.fullmatch(verb.group()) and not re.match(r"\s+out\b", sentence[verb.end() :]):
        return _is_court(found, sentence, mentions)  # not "ruled out", which anyone does
    if not _SHOWN_FEELING.fullmatch(verb.group()) or not re.match(
        r"\s+sich\b", sentence[verb.end() :]
    ):
        return True
    if found.pronoun or (found.role is not None and found.role.kind == "person"):
        return True
    return found.actor is not None  # "Die SPD fühlt sich …": an actor the text names


_PAPERS = (
    r"(?i:data|figures|statistics|numbers|survey|poll|study|report|analysis|research|findings"
    r"|index|calculations|photos|pictures|images|footage|videos?|simulations|models"
    r"|measurements|observations|experiments|tweet|tweets)|Zahlen|Daten|Statistik"
    r"|Statistiken|Umfrage|Studie|Erhebung|Analyse|Auswertung|Bericht|Berechnungen|Index"
    r"|Fotos|Bilder|Aufnahmen|Videos|Simulationen|Modellrechnungen|Messungen|Experimente"
)
_PAPER_OF = re.compile(
    rf"\b(?:{_PAPERS})\s+(?:from|of|by|des|der|vom|von(?:\s+(?:der|dem|den))?)\s+(?:the\s+)?"
)
"""A paper and whose it is ("figures from the Nationwide building society", "Data from
Sweden's agency", "Zahlen des Statistischen Bundesamts")."""
_IN_PAPER_OF = re.compile(
    r"\b(?:in|bei)\s+(?:einer|einem|der|dem)\s+(?:[a-zäöüß]+\s+)?(?:Umfrage|Studie|Analyse"
    r"|Erhebung|Auswertung|Untersuchung|Befragung)\s+(?:der|des|von|vom)\s+[\u201e\u201c\u00ab\u00bb\"]?"
    r"|\bin\s+an?\s+(?:new\s+|recent\s+|latest\s+)?(?:survey|poll|study|analysis)\s+(?:by|from"
    r"|of)\s+(?:the\s+)?[\u201c\"]?"
)
"""A paper named inside the sentence with whose it is ("in einer Umfrage der „Welt am
Sonntag“", "in a survey by the Institute"): what the sentence reports rests on its owner,
whatever the verb."""
_QUOTED_OWNER = re.compile(
    r"(?P<name>[A-ZÄÖÜ][^\u201e\u201c\u201d\u00ab\u00bb\"]{1,40})[\u201c\u201d\u00ab\u00bb\"]"
)
_OPENING_MARKS = '\u201e\u201c\u00ab\u00bb"'
_OUTLET_END = re.compile(
    rf"(?i:{COMPOUND_HEADS_DE})\Z|\b(?:{SOURCE_HEADS})\Z|\b(?:am|on)\s+Sonntag\Z|\bSunday\Z"
)
"""How an outlet's name in quotation marks ends ("Kunstzeitung", "Welt am Sonntag")."""
_PAPER_AFTER_OWNER = re.compile(
    rf"(?:\s+|-)(?:(?:new|latest|monthly|annual|quarterly|neue|neuen|jüngste|jüngsten)\s+)?"
    rf"(?:{_PAPERS})\b"
)
"""The paper named after its owner ("The YouGov survey", "die Forsa-Umfrage")."""
_SHOWING = re.compile(
    r"\s+(?:(?:also|now|still|auch|nun)\s+)?(?:show|shows|showed|suggest|suggests|suggested"
    r"|indicate|indicates|indicated|reveal|reveals|revealed|put|puts|found|finds|zeigen|zeigt"
    r"|zeigten|zeigte|belegen|belegt|belegten|ergab|ergaben|ergibt|ergeben|legen\s+nahe"
    r"|legt\s+nahe|deuten|deutet|sehen|sieht)\b"
)
"""What a paper does with its findings: the verb right after the paper and its owner."""
_OWNER_WORDS = 5


def _document_owner(
    sentence: str, mentions: list[Mention], outside: Callable[[int], bool]
) -> Source | None:
    """The body whose figures, poll or study the sentence reports, when the paper is the
    subject of a verb of showing ("…, figures from the Nationwide building society show",
    "Data from X show about …", "The YouGov survey puts Labour on …", "Zahlen des
    Statistischen Bundesamts zeigen …"): the owner, a named actor or, when the actor
    finder listed none, the capitalised name before the verb."""
    for paper in _PAPER_OF.finditer(sentence):
        if not outside(paper.start()):
            continue
        _, end = _clause_bounds(sentence, paper.end())
        first = _first_after(mentions, paper.end(), end)
        if first is not None:  # "by Johns Hopkins researchers": the group, not its school
            first = max((m for m in mentions if m.start == first.start), key=lambda m: m.end)
        owner = _possessed(sentence, first, mentions, end)
        if first is not None and owner is not None and first.start - paper.end() <= 2:
            if _shows_after_kind_noun(sentence, owner.end):
                return Source(actor=owner.actor, cue=sentence[paper.start() : owner.end])
            continue
        shown = _SHOWING.search(sentence, paper.end(), end)
        name = sentence[paper.end() : shown.start()].strip() if shown else ""
        words = name.split()
        if words and len(words) <= _OWNER_WORDS and words[0][:1].isupper():
            role = RoleSpeaker(name, paper.end(), paper.end() + len(name), "organisation")
            return Source(role=role, cue=sentence[paper.start() : shown.start()] if shown else "")
    for paper in _IN_PAPER_OF.finditer(sentence):
        if not outside(paper.start()):
            continue
        first = _first_after(mentions, paper.end(), paper.end() + 3)
        if first is not None and first.kind != "state":
            # "bekam in einer Umfrage der „Welt am Sonntag“ das meiste Lob"
            return Source(actor=first.actor, cue=paper.group().strip())
        quoted = _QUOTED_OWNER.match(sentence, paper.end())
        if first is None and quoted is not None and paper.group()[-1:] in _OPENING_MARKS:
            name, at = quoted.group("name"), quoted.start("name")
            kind = "media" if _OUTLET_END.search(name) else "organisation"
            return Source(role=RoleSpeaker(name, at, at + len(name), kind), cue=paper.group())
    for mention in _named(mentions):
        named_paper = _PAPER_AFTER_OWNER.match(sentence, mention.end)
        if named_paper is None or not outside(mention.start):
            continue
        shown_at = _after_paper_participle(sentence, named_paper.end())
        if _SHOWING.match(sentence, shown_at) and mention.kind not in ("person", "state"):
            return Source(actor=mention.actor, cue=sentence[mention.start : named_paper.end()])
    for unnamed in _UNLISTED_OWNER.finditer(sentence):
        name = unnamed.group("owner")
        shown_at = _after_paper_participle(sentence, unnamed.end())
        if not outside(unnamed.start()) or not _SHOWING.match(sentence, shown_at):
            continue
        if any(m.start < unnamed.end("owner") and unnamed.start("owner") < m.end for m in mentions):
            continue  # "The British survey": a country's adjective, no owner
        common = is_common_noun(name) if unnamed.group("hyphen") else is_english_common_word(name)
        if not common and name.casefold() not in _NOT_SUBJECT:
            role = RoleSpeaker(name, unnamed.start("owner"), unnamed.end("owner"), "organisation")
            return Source(role=role, cue=unnamed.group().strip())
    return None


_PAPER_PARTICIPLE = re.compile(
    r"\s+(?:published|released|issued|conducted|carried\s+out|veröffentlichte|veröffentlichten"
    r"|vorgelegte|vorgelegten)\b(?P<rest>(?:\s+[^\s,;:]+){1,4})"
)
"""A participle phrase after a paper, before what it shows ("A Marquette poll published
on Wednesday showed …", "Die am Montag veröffentlichte Studie" has it before)."""


def _after_paper_participle(sentence: str, position: int) -> int:
    """Where the verb after a paper may stand: right at ``position``, or after a short
    participle phrase ("published on Wednesday") when a verb of showing follows it."""
    phrase = _PAPER_PARTICIPLE.match(sentence, position)
    if phrase is None:
        return position
    words = phrase.group("rest").split()
    for count in range(1, len(words) + 1):
        cut = phrase.start("rest")
        for word in words[:count]:
            cut = sentence.index(word, cut) + len(word)
        if _SHOWING.match(sentence, cut):
            return cut
    return position


_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\s")
_LOWER_WORD = re.compile(r"\s+[a-z][\w-]*")
_MAX_KIND_WORDS = 2


def _possessed(
    sentence: str, owner: Mention | None, mentions: list[Mention], end: int
) -> Mention | None:
    """The name a possessive owner stands before ("Sweden's Civil Contingencies Agency"
    -> the agency): the paper is the body's, not the country's."""
    while owner is not None and _POSSESSIVE_AFTER.match(sentence, owner.end):
        following = _first_after(mentions, owner.end + 1, end)
        if following is None or following.start - owner.end > 4:
            break
        owner = following
    return owner


def _shows_after_kind_noun(sentence: str, position: int) -> bool:
    """Whether a verb of showing follows the owner's name at ``position``, perhaps after
    the lowercase noun of what it is ("the Nationwide building society show")."""
    for _ in range(_MAX_KIND_WORDS + 1):
        if _SHOWING.match(sentence, position):
            return True
        word = _LOWER_WORD.match(sentence, position)
        if word is None:
            return False
        position = word.end()
    return False


_UNLISTED_OWNER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Dd]ie|[Dd]er|[Ee]ine?)\s+(?:(?:new|latest|neue|neuen|jüngste)\s+)?"
    r"(?P<owner>[A-ZÄÖÜ][\w&]*)(?:(?P<hyphen>-)(?:Umfrage|Studie|Erhebung|Analyse|Index)"
    r"|\s+(?:survey|poll|study|report|data|figures|index))\b"
)
"""A pollster or institute the actor finder did not list, named before its paper ("The
Ipsos poll puts …", "Die neue Forsa-Umfrage sieht …"); HanTa tells a name from a common
word ("The monthly survey", "Die Regierungs-Umfrage")."""


_ADDRESSEE_TAIL = re.compile(
    r"\s+(?:dem|der|gegenüber(?:\s+(?:dem|der|den))?)\s+[^,;:]*\Z|\s+(?:am|on)\s+\w+\W*\Z"
)
"""Whom a closing attribution was said to, or when ("…, sagte Peter Hauck der „SZ“",
"…, sagte sie am Montag"): not words of the speaker's name."""


def _closing_words(sentence: str, verb_end: int) -> int:
    """How many words follow a closing verb of saying, leaving out the addressee or the
    day at the end: a closing attribution names the speaker in a few words."""
    tail = sentence[verb_end:].rstrip(" .!?")
    return len(_ADDRESSEE_TAIL.sub("", tail).split())


_PLAN = re.compile(
    r"(?:\s+[^\s,;:]+){0,3}?\s+(?P<verb>will|wants\s+to|plans\s+to|intends\s+to|aims\s+to"
    r"|wollen|plant|plante|beabsichtigt|counted|recorded|registered|zählte|registrierte"
    r"|verzeichnete|(?:hat|has|haben|have)\b(?:[^,;:]|,(?=\d))*\b(?:gezählt|registriert"
    r"|verzeichnet|counted|recorded|registered))\b"
)
"""What a body says of itself by acting: a plan or a count it made (up to three
words of its name may stand between: "Die Bundesagentur für Arbeit hat … gezählt")."""


_PLAN_BEFORE = re.compile(
    r"\s(?P<verb>will|wollen|plant|planen|beabsichtigt|beabsichtigen)\s+(?:(?:der|die|das)\s+)?\Z"
)
"""German V2 order: a plan's verb after a fronted phrase, right before the body that
plans ("Mit dem Verfahren wollen die Grünen …", "Im Herbst will der Verband …")."""


def _own_plan(sentence: str, mentions: list[Mention]) -> Source | None:
    """A body that opens its clause and states its own plan or count
    ("Transport for London will raise fares", "Die Hafenbehörde will … verdoppeln", "Die
    Bundesagentur hat … gezählt"): the statement rests on that body. States, outlets and
    people are left out: "Russia will …" is the article's report of a state's act."""
    for mention in _named(mentions):
        start, _ = _clause_bounds(sentence, mention.start)
        inverted = _PLAN_BEFORE.search(sentence, start, mention.start)
        if (
            inverted is not None
            and mention.kind == "organisation"
            and _OPENING.fullmatch(sentence, 0, start)
            and sentence[start : inverted.start()].strip()[:1].isupper()
        ):  # "Mit dem Verfahren wollen die Grünen erreichen": the body after the verb
            return Source(actor=mention.actor, cue=inverted.group("verb"))
        opening = sentence[start : mention.start].strip()
        if len(opening.split()) > 1 or opening[:1].islower():
            continue  # not the clause's subject
        plan = _PLAN.match(sentence, mention.end)
        if plan is not None:
            if mention.kind != "organisation":
                return None
            return Source(actor=mention.actor, cue=plan.group("verb").split()[0])
    return None


_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:which|who|whose|that|(?:der|die|das|dem|den|deren|dessen)(?=\s+[a-zäöüß]))\b[^,;:]*,"
)
"""A relative clause set off by commas ("Merrill Lynch, which advises its clients …,",
"Die Kasse, die den Vertrag kritisiert, …"): its verb is not the sentence's main verb."""
_SOURCE_PHRASE_AFTER_QUOTE = re.compile(
    r"[\s,]*(?:according\s+to|as\s+reported\s+by|per|laut|nach\s+Angaben)\b", re.IGNORECASE
)
"""A source phrase right after a quotation's closing mark: it tells whose words they are."""
_SO_AFTER_QUOTE = re.compile(r"[\s,]*so\s+", re.IGNORECASE)
"""'„…“, so X': German names the speaker after a quotation with "so"."""


def quote_speaker(sentence: str, start: int, end: int, mentions: list[Mention]) -> Source | None:
    """Who speaks the quotation at ``start:end`` of ``sentence`` (None: nobody said)."""
    found = _quote_speaker(sentence, start, end, mentions)
    return _as_outlet(_person_of_compound(found, sentence, mentions))


_COMPOUND_ROLE = re.compile(
    r"-(?P<role>[A-ZÄÖÜ]?[\wäöüß]*(?:chef|chefin|sprecher|sprecherin|politiker|politikerin"
    r"|vorsitzende|vorsitzender|präsident|präsidentin|minister|ministerin|trainer|trainerin"
    r"|boss|manager|managerin|experte|expertin|abgeordnete|abgeordneter|funktionär"
    r"|funktionärin|kandidat|kandidatin|leiter|leiterin|direktor|direktorin|vorstand"
    r"|vorständin|generalsekretär|generalsekretärin|diplomat|diplomatin|beamter|beamtin"
    r"|vertreter|vertreterin|mitarbeiter|mitarbeiterin|insider|ermittler|ermittlerin"
    r"|berater|beraterin|offizier|offizierin|anwalt|anwältin|korrespondent|korrespondentin"
    r"|reporter|reporterin))\b",
    re.IGNORECASE,
)
"""A person's office compounded with the body they hold it in ("DFL-Aufsichtsratschef",
"CSU-Politiker", "BP-Sprecherin"): the body's name is only the first part."""


def _person_of_compound(
    found: Source | None, sentence: str, mentions: list[Mention]
) -> Source | None:
    """The person an office compound stands for, when the rules took its first part for
    the source ("sagte der DFL-Aufsichtsratschef" is a person, not the league): a role
    the draft joins to the person named before."""
    if found is None or found.actor is None:
        return found
    spans = [m for m in mentions if m.actor == found.actor and not m.adjective]
    if len(spans) != 1:
        return found
    compound = _COMPOUND_ROLE.match(sentence, spans[0].end)
    if compound is None or compound.end() - spans[0].end > 40:
        return found
    named = next(
        (m for m in mentions if m.kind == "person" and m.start == compound.end() + 1), None
    )
    if named is not None:
        # "CSU-Chef Markus Söder: „…“": the name that follows is the person, not the body
        return Source(actor=named.actor, cue=found.cue)
    role = RoleSpeaker(sentence[spans[0].start : compound.end()], spans[0].start, compound.end())
    return Source(role=role, cue=found.cue)


def _quote_speaker(sentence: str, start: int, end: int, mentions: list[Mention]) -> Source | None:
    """The rules of :func:`quote_speaker`, before an office compound is read as a person."""
    relative = _relative_clause_speaker(sentence, start, end, mentions)
    if relative is not None:
        return relative
    apposed = _named_then_apposition(sentence, end, mentions)
    if apposed is not None:
        return apposed
    after = sentence[end:]
    verb = _SPEECH.search(after)
    clause_end = _CLAUSE.search(after.lstrip(" ,"))
    if clause_end is not None and verb is not None:
        # '"…" including a minister, said X': one more clause may stand before the verb
        later = _CLAUSE.search(after.lstrip(" ,"), clause_end.end())
        if later is None or verb.start() <= later.start() + (len(after) - len(after.lstrip(" ,"))):
            clause_end = later
    if verb is not None and (
        clause_end is None
        or verb.start() <= clause_end.start() + (len(after) - len(after.lstrip(" ,")))
    ):
        shifted = _SPEECH.search(sentence, end + verb.start())
        if shifted is not None and not _AIMED_AT.fullmatch(shifted.group()):
            found = _after_quote(sentence, shifted, end, mentions)
            if found is not None:
                return found
    framed = _framing_after_quote(sentence, end, mentions)
    if framed is not None:
        return framed
    by_article = _article_subject_after_quote(sentence, end, mentions)
    if by_article is not None:
        return by_article
    if _SOURCE_PHRASE_AFTER_QUOTE.match(sentence, end):
        # '"…," according to the Merrill Lynch report': the source phrase names the speaker
        source = sentence_source(sentence, mentions, quotes=[(0, end)])
        if source is not None:
            return source
    so = _SO_AFTER_QUOTE.match(sentence, end)
    if so is not None:  # '„…“, so Verdi-Chef Frank Werneke.'
        _, so_end = _clause_bounds(sentence, so.end())
        named = _first_person_after(mentions, so.end(), so_end) or _first_after(
            mentions, so.end(), so_end
        )
        role = role_speaker(sentence, so.end(), so_end)
        if role is not None and (named is None or role.start < named.start):
            return Source(role=role, cue="so")
        if named is not None:
            return Source(actor=named.actor, cue="so")
    head = sentence[:start]
    verbs_before = [
        v for v in _SPEECH.finditer(head) if not _DETERMINER_BEFORE.search(head, 0, v.start())
    ]  # "told X the demands would cost …": "demands" is a noun
    for verb_before in reversed(verbs_before[-2:]):
        # 'X said that a survey shows that "…"': a paper's verb has no speaker; the verb
        # of saying before it has
        found = _subject(sentence, verb_before, mentions, [])
        if found is not None and _speaks_as(found, verb_before, sentence, mentions):
            return found
    lead = _SOURCE_LEADS_INTO_QUOTE.search(head)
    if lead is not None:  # 'According to him, "…"', '„…“' after 'Laut Polizei:'
        who_start = lead.start("who")
        if _OBJECT_PRONOUN.fullmatch(lead.group("who")):
            return Source(pronoun=True, cue=lead.group().strip(" ,:"))
        named = _first_after(mentions, who_start, lead.end("who"))
        if named is not None:
            return Source(actor=named.actor, cue=lead.group().strip(" ,:"))
    if head.rstrip().endswith(":"):
        pronoun = _PRONOUN.match(head.lstrip())
        if pronoun is not None:
            # 'Sie habe …, dass die Gemeinde und der Landkreis …: „…“': the pronoun that
            # opens the sentence is its subject, not a body named in the clause after it
            return Source(pronoun=True, cue=pronoun.group())
        subject = _first_after(mentions, 0, start)
        if subject is not None:
            return Source(actor=subject.actor, cue=":")
    return None


_RELATIVE_PRONOUN = re.compile(r",\s*(?:der|die|who)\s")
_CLAUSE_CLOSE = re.compile(r"[,;:.!?](?=\s|\Z)")


def _relative_clause_speaker(
    sentence: str, start: int, end: int, mentions: list[Mention]
) -> Source | None:
    """The speaker of a quotation inside a relative clause whose verb of saying is the
    clause's own ("Orbán, der Berlin eine „Politik der Erpressung“ vorgeworfen hatte",
    'the mayor, who called the plan "a gift to developers"'): the name the relative
    pronoun follows."""
    comma = sentence.rfind(",", 0, start)
    if comma < 0:
        return None
    pronoun = _RELATIVE_PRONOUN.match(sentence, comma)
    if pronoun is None:
        return None
    named = _last_before(mentions, 0, comma)
    if named is None or named.kind not in ("person", "organisation") or named.end < comma - 1:
        return None
    close = _CLAUSE_CLOSE.search(sentence, end)
    clause = sentence[pronoun.end() : close.start() if close else len(sentence)]
    quoted = slice(start - pronoun.end(), end - pronoun.end())
    outside = clause[: quoted.start] + " " + clause[quoted.stop :]
    verb = next((v for v in _SPEECH.finditer(outside) if v.group()[:1].islower()), None)
    if verb is None:
        return None
    return Source(actor=named.actor, cue=f"{pronoun.group().strip(' ,')} … {verb.group()}")


_APPOSITION_THEN_VERB = re.compile(
    r",(?:[^,;:„“\"”]|(?<=\d),(?=\d)){1,90},\s*(?:(?:also|later|then|auch)\s+)?"
)
"""An apposition between a speaker and the verb ('…," X, director general of Y, said')."""


_TITLES_ONLY = re.compile(r"(?:[A-ZÄÖÜ][\w.-]*(?:\s+|\Z)){0,2}")
"""Up to two capitalised words, a title before a name ("Dr", "Prof. Dr.", "Mrs")."""


def _named_then_apposition(sentence: str, end: int, mentions: list[Mention]) -> Source | None:
    """The person named right after a quotation's closing mark, when an apposition says
    who they are before the verb of saying ('"…," Josef Aschbacher, director general of
    the agency, said in a statement'; '„…“, Maria Lenz, Sprecherin des Verbands,
    erklärte dazu'): the bodies inside the apposition are where the person works."""
    person = _first_person_after(mentions, end, end + 30)
    if person is None or not _TITLES_ONLY.fullmatch(
        sentence[end : person.start].strip(" ,\"”“'\u2019")
    ):
        return None  # '"…," Dr Ruth Avery, a lecturer at X, told': a title may stand before
    apposition = _APPOSITION_THEN_VERB.match(sentence, person.end)
    if apposition is None:
        return None
    verb = _SPEECH.match(sentence, apposition.end())
    if verb is None or not verb.group()[:1].islower():
        return None
    return Source(actor=person.actor, cue=verb.group())


_SOURCE_LEADS_INTO_QUOTE = re.compile(
    r"\b(?:[Aa]ccording\s+to|[Ll]aut|[Nn]ach\s+Angaben(?:\s+von)?)\s+(?P<who>[^,:;„“\"]{1,60}?)"
    r"\s*[,:]\s*\Z"
)
"""A source phrase that leads into the quotation ("According to him, “…", "Laut dem
Sprecher: „…“"): it names the speaker."""
_OBJECT_PRONOUN = re.compile(r"him|her|ihm|ihr", re.IGNORECASE)


_FRAME_AFTER_QUOTE = re.compile(
    r"[\s,]*(?:(?P<verb_de>(?!und\b|aber\b|doch\b|denn\b|als\b|wenn\b|weil\b|dass\b|so\b)"
    r"[a-zäöüß]+)\s+(?:(?!der\b|die\b|das\b|den\b|dem\b|des\b|ein\w*\b)[a-zäöüß]+\s+)?"
    r"(?P<after>er\b|sie\b|(?=[A-ZÄÖÜ]))"
    r"|(?P<before>he\b|she\b|(?=[A-Z]))(?P<lead>[^,;:.!?]{0,40}?)\s*(?P<verb_en>[a-z]+)\b)"
)
"""The clause that frames a quotation after its closing mark, whatever its verb: German
puts the verb first ("„…“, eröffnete sie ihre Rede", "„…“, schloss Müller"), English the
subject ('"…," she began', '"…," Smith concluded')."""
_FRAME_WORDS = 8
"""A framing clause is short: a longer one is a new statement about the speaker."""
_NOT_FRAMING_VERB = re.compile(r"(?:and|but|or|who|which|that|is|was|has|had|will|would)\Z")


def _framing_after_quote(sentence: str, end: int, mentions: list[Mention]) -> Source | None:
    """The speaker of a quotation whose sentence goes on with a short clause of any verb
    and a pronoun or a person as its subject, and nothing else: the verbs of framing are
    open-ended ("eröffnete sie ihre Rede", "she began", "fuhr er fort", "he went on")."""
    rest = sentence[end:]
    words = [w for w in rest.split() if any(ch.isalnum() for ch in w)]  # not the comma
    if len(words) > _FRAME_WORDS or not rest.strip(' .!?"”“'):
        return None
    frame = _FRAME_AFTER_QUOTE.match(sentence, end)
    if frame is None:
        return None
    verb = frame.group("verb_de") or frame.group("verb_en") or ""
    if frame.group("verb_en") and _NOT_FRAMING_VERB.match(verb):
        return None
    pronoun = frame.group("after") or frame.group("before")
    if pronoun:
        cue = f"{verb} {pronoun}" if frame.group("verb_de") else f"{pronoun} {verb}"
        return Source(pronoun=True, cue=cue)
    where = frame.end() if frame.group("verb_de") else frame.start("lead")
    person = _first_person_after(mentions, where, where + 60)
    title = sentence[where : person.start].split() if person is not None else []
    if person is None or len(title) > 2 or not all(w[:1].isupper() for w in title):
        return None  # a name, maybe after its title ("Portfoliomanager Thomas Altmann")
    if frame.group("verb_en") and sentence[person.end : frame.start("verb_en")].strip():
        return None  # '"…," Smith of the union concluded': not a plain subject
    return Source(actor=person.actor, cue=verb)


_ARTICLE_FRAME = re.compile(
    r"[\s,]*(?P<verb>(?!und\b|aber\b|doch\b|denn\b|als\b|wenn\b|weil\b|dass\b|so\b|wie\b)"
    r"[a-zäöüß]{3,})\s+(?:(?:sich|ihr|ihm|ihn|es|uns)\s+)?(?P<art>der|die|ein|eine)\s+"
    r"(?:[a-zäöüß]+e[rn]?\s+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b"
    r"(?!\s+[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ])"
)
"""German framing after a quotation with its subject by a definite article and a noun
for a person ("„…“, gibt der Staatsanwalt zu bedenken", "„…“, begründet die junge Frau
ihren Ausbruch"): the verb is open-ended, the subject is what says who speaks."""


def _article_subject_after_quote(sentence: str, end: int, mentions: list[Mention]) -> Source | None:
    """The person a German quotation's framing clause names by article and noun, whatever
    its verb: an office or trade ("der Staatsanwalt", "die Rentnerin") or a plain "die
    Frau", which points back at someone named before."""
    frame = _ARTICLE_FRAME.match(sentence, end)
    if frame is None or any(m.start == frame.start("noun") for m in mentions):
        return None
    noun = frame.group("noun")
    indefinite = frame.group("art").startswith("ein")
    if indefinite and noun.casefold() in _PERSON_NOUNS_ALONE:
        return None  # "ein Mann": nobody named by what they do; the finder's to say
    if not (
        noun.casefold() in _PERSON_NOUNS_ALONE
        or _feminine_person(noun)
        or _person_word(noun)
        or (indefinite and frame.group("art") == "ein" and _agent_noun(noun))
    ):
        return None
    role = RoleSpeaker(noun, frame.start("noun"), frame.end("noun"), "person")
    return Source(role=role, cue=frame.group("verb"))


_PERSON_NOUNS_ALONE = frozenset("frau mann".split())


def _agent_noun(noun: str) -> bool:
    """A German masculine noun for one who does something ("Mediziner", "Pfleger",
    "Physiker"): "-er" on a noun that names no kind of body ("Hersteller" does), which
    "ein" before it and a quotation it speaks make a person, not a firm."""
    from tui.draft.organisations import is_body_head, names_a_kind, trade_of

    return (
        noun.endswith("er")
        and len(noun) > 5
        and not is_body_head(noun)
        and not names_a_kind(noun)
        and trade_of(noun) in (None, "bauer", "händler")
    )


def _after_quote(
    sentence: str, verb: re.Match[str], quote_end: int, mentions: list[Mention]
) -> Source | None:
    """ "…“, sagte X" / "…," X said / "…," he said."""
    gap = sentence[quote_end : verb.start()]
    if gap.strip(" ,\"“”„«»'") and gap.rstrip().endswith(","):
        # '"…" including a minister, said X': the words between are an insertion
        _, clause_end = _clause_bounds(sentence, verb.end())
        named = _first_person_after(mentions, verb.end(), clause_end)
        if named is not None:
            return Source(actor=named.actor, cue=verb.group())
    before = _last_before(mentions, quote_end, verb.start())
    if before is not None:
        between = sentence[before.end : verb.start()].split()
        return _joined_source(sentence, before, between, mentions, verb.group())
    if _STATEMENT.search(sentence, quote_end, verb.start()):
        return Source(carried=True, cue=f"statement {verb.group()}")
    pronoun = _PRONOUN.search(gap)
    if pronoun is not None:
        return Source(pronoun=True, cue=f"{pronoun.group()} {verb.group()}")
    role = role_speaker(sentence, quote_end, verb.start())
    if role is not None:
        return Source(role=role, cue=verb.group())
    _, clause_end = _clause_bounds(sentence, verb.end())
    after = _first_person_after(mentions, verb.end(), clause_end) or _first_after(
        mentions, verb.end(), clause_end
    )
    role_after = role_speaker(sentence, verb.end(), clause_end)
    after_pronoun = _PRONOUN.match(sentence, verb.end() + 1)
    if after_pronoun is not None:
        return Source(pronoun=True, cue=f"{verb.group()} {after_pronoun.group()}")
    apposed = _apposed_person(sentence, mentions, clause_end) if role_after is not None else None
    if apposed is not None:  # '…," said the chair of the alliance, Cedric Schuster'
        return Source(actor=apposed.actor, cue=verb.group())
    if role_after is not None and (after is None or role_after.start < after.start):
        if after is not None and _titles(sentence, role_after, after):
            return Source(actor=after.actor, cue=verb.group())  # "sagt die Leiterin Eva Roth"
        return Source(role=role_after, cue=verb.group())
    if after is not None:
        subject = _person_subject_before_medium(sentence, verb, after, mentions)
        if subject is not None:  # '„…“, sagte die Weltmeisterin im ZDF': she, not ZDF
            return Source(role=subject, cue=verb.group())
        return Source(actor=after.actor, cue=verb.group())
    return None
