"""Who a document is for, as the words naming the applicants or projects say it.

"Building projects only:", "(charities with paid staff only)", "- for groups buying equipment",
"(events aimed at children)", "For projects on land you do not own, ...", "Groups working with
under-18s: your safeguarding policy": the applicants named limit the document to some of them.
"All bids", "Every scheme" name every applicant. The condition cues the vocabulary lists ("if
you", "only if") are read in ``conditions``; these are the patterns built on who is named.
"""

from __future__ import annotations

import re

# "Building projects only: proof of ownership", "Charities only - annual return", "Groups with
# an income over £250,000 only:", "Schemes set up in the last six months only:": a few words (a
# sum among them) and "only" opening a line or item limit it to those applicants ("Office use
# only" is a box)
# (The opening's figures, dots and hyphens are words' characters too: taken a run at a time
# ("[\-0-9.]++"), not given back one by one for the words to scan to the run's end again,
# quadratic in a line of "1.1.1..."; a word opening inside the run ends where it would from
# the run's start, so the same matches.)
LEADING_ONLY = re.compile(
    r"^(?:[\s*•▪()]|[\-0-9.]++)*(?!(?:for\s+)?office\b)"
    # (never a sentence asking, nor "only" saying how: "Please send us the following, in one PDF
    # file only:", "One copy only:", review26 F2)
    r"(?!(?:please|send|upload|attach|email|e-mail|post|include|submit|provide)\b)"
    r"(?!(?:[\w'’/&£$€.,-]+\s+){0,9}?(?:files?|pdfs?|cop(?:y|ies)|formats?|versions?|pages?|sides?"
    r"|languages?|english|welsh)\b)"
    r"(?:[\w'’/&£$€.,-]+\s+){1,10}only\s*(?::|[-–—]\s)",
    re.IGNORECASE,
)
# "Planning permission (capital projects only)", "Two quotes, for building works only", Welsh
# "ar gyfer prosiectau cyfalaf yn unig": "only" after the applicants or projects it names, in
# brackets or after a comma, limits the document ("(PDF only)" says how to send it, not who)
_WHO_WORDS = (
    r"projects?|groups?|clubs?|organi[sz]ations?|applicants?|charities|events?|activities|"
    r"applications?|bids?|works|schemes?|purchases|prosiect(?:au)?|grwp(?:iau)?|"
    # who else applies: "(individual artists only)", "(schools only)", "(Lot 2 only)"; Welsh
    # artistiaid (artists), unigolion (individuals), ysgolion (schools)
    r"individuals?|artists?|schools?|councils?|partnerships?|bidders?|providers?|lots?|"
    # what is run, and where: "(night shelters only)", "(venues with a kitchen)"
    r"shelters?|venues?|settings?|services?|sites?|premises|"
    r"sefydliad(?:au)?|ymgeiswyr|digwyddiad(?:au)?|artist(?:iaid)?|unigolion|ysgolion"
)
_WHO = rf"(?:{_WHO_WORDS})"
# the grant's own bands or strands, named in a bracket or after a comma: "(large grants only)",
# "(main awards)"; Welsh grantiau (never a title's "Small grants: what to send")
_BAND = rf"(?:{_WHO_WORDS}|grants?|awards?|strands?|grantiau)"
TRAILING_ONLY = re.compile(
    rf"[(,;–—]\s*(?:(?:for|applies\s+to|ar\s+gyfer)\s+)?(?:[\w'’/&-]+\s+){{0,4}}?{_BAND}"
    # (never a verb's "only": "..., that the grant will only be spent on the project")
    r"(?!\s+(?:will|would|can|could|must|may|might|should|shall|is|are|be)\b)"
    r"(?:\s+[\w'’-]+){0,2}?\s+(?:only|yn\s+unig)\b"
    # in brackets the applicants may be named at length: "(organisations with five or more
    # employees only)"
    rf"|\((?:[\w'’/&-]+\s+){{0,4}}?{_BAND}(?:\s+[\w'’£,.-]+){{0,7}}?\s+(?:only|yn\s+unig)\)"
    # or a sentence or clause of help opening with when it is needed, whoever that names: "Only
    # needed if children will take part." (its capital keeps it a sentence joined to its label;
    # never "a signature is only needed if ...", review26 F4, F7)
    r"|(?:[(,;.–—]\s*|\s-\s*|\s(?-i:(?=Only\s)))(?:only\s+(?:needed|required)"
    r"|(?:needed|required)\s+only)\s+(?:if|when|where)\b",
    re.IGNORECASE,
)

# "Insurance certificate - for projects delivered in a public space", "Quotes (for groups buying
# equipment)": after a comma, dash or bracket, "for" and the applicants or projects it names
# (never an example of who writes it: "a letter from each partner (for example the school)")
TRAILING_FOR = re.compile(
    rf"(?:[,(;]|\s[–—-])\s*for\s+(?!(?:all|every|each|the|this|your|our|example|instance)\b)"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_WHO}\b",
    re.IGNORECASE,
)
# "Safeguarding policy (events aimed at children)", "(groups working with adults at risk)": a
# bracket naming the applicants or projects and what they do; "(where food is provided)",
# ", if the work needs it": a clause opening with "if" or "where" after a document
BRACKET_WHO = re.compile(
    rf"\(\s*(?:for\s+)?(?!(?:all|every|each|"
    rf"any)\b)(?:[\w'’-]+\s+){{0,2}}?{_WHO}\s+(?:\w+(?:ing|ed)|with|that|which|who|"
    r"where|in|at|on|for|over|under|above|below)\b",
    re.IGNORECASE,
)
# a 'Who must send it' cell naming every applicant by what they are: "All bids", "Every
# scheme", "All bidders, one per lot" (never "All new groups": a word between narrows it, nor
# "All groups, if they employ staff": a condition after the comma)
ALL_OF = re.compile(
    r"(?:for\s+)?(?:all|every|each)\s+[\w'’-]+"
    r"(?:\s*,\s*(?!(?:if|where|when|unless|only|except|but|provided)\b)[^,;]{1,30})?",
    re.IGNORECASE,
)

# "Every applicant, except groups less than 18 months old", "Everyone except very new groups":
# on the accounts' row, those excepted are too new to have accounts and send what is offered in
# their place, so the accounts are still every applicant's (as a bank statement "instead" for new
# groups leaves them); an exception of any other applicants limits the document
NEW_EXCEPTED = re.compile(
    r",?\s+(?:except|apart\s+from|other\s+than)\s+(?:for\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?:very\s+)?new(?:ly\s+(?:formed|set\s+up|established))?\b[^,;]{0,30}"
    r"|(?:[\w'’-]+\s+){0,3}?(?:less\s+than|under|fewer\s+than)\s+(?:a|one|two|three|\d{1,2})"
    r"\s+(?:years?|months?)(?:\s+old)?"
    r"|(?:[\w'’-]+\s+){0,3}?not\s+yet\s+(?:completed|reached|produced|had)\b[^,;]{0,30})\s*$",
    re.IGNORECASE,
)

# "Groups only.", "Capital projects only": a sentence of its own naming only the applicants
# (an upload's help; a mark takes the white space after it: two "\s*" shared a run, quadratic)
WHO_ONLY = re.compile(
    rf"^\s*(?:[\w'’/&-]+\s+){{0,4}}?{_WHO}\s+(?:only|yn\s+unig)\s*(?:[.!]\s*)?$", re.IGNORECASE
)


# "For projects on land you do not own, a letter ...": the projects or applicants a document is
# for, opening its sentence ("For all groups" is everyone); or whatever it is for, said to be
# for those only ("for Lot 2 only, a food hygiene certificate", "For large grants only, ...")
LEADING_FOR = re.compile(  # ("(?!\s*(?::\s*)?$)": with "\s*:?\s*" it was quadratic)
    # (a stage's documents are every applicant's who goes on: "for Stage 2 only, your accounts")
    r"^[\s\-*•▪0-9.()]*for\s+(?!(?:all|every|each|any|the|this|your|our|stage|phase)\b)"
    r"(?:(?:[\w'’-]+\s+){0,3}?(?:projects?|groups?|clubs?|activities|events?|organi[sz]ations?|"
    r"applicants?|applications?|bids?|works)\b(?!\s*(?::\s*)?$)|(?:[\w'’£,-]+\s+){1,4}only\s*,"
    # a label naming the case some projects are in before the document it asks for: "For
    # improvements to land or buildings: two quotes for the work", "For building work or new
    # housing: planning permission", "For leader training: the provider's quote" (never what the
    # document is for, "For payment:", "For eligibility:", nor "For example:", review25 F1;
    # nor a sum or what is funded: "For equipment: up to £500", "For events: we fund ...")
    # (never everyone's costs among them: "For training and all other costs:", review26 F3)
    r"|(?!(?:[\w'’-]+\s+){0,10}?(?:all|any|every|each)\b)"
    r"(?:[\w'’-]+\s+){0,5}?(?:works?|improvements?|repairs?|land|buildings?|premises|sites?|"
    r"equipment|vehicles?|capital|staff|events?|training|courses?|bursar(?:y|ies)|trips?)"
    r"(?:\s+[\w'’-]+){0,5}?:\s+(?![\d£$€]|(?:up|we|you|our|this|these|it|they)\b))",
    re.IGNORECASE,
)
# "Groups working with under-18s or adults at risk: your safeguarding policy", "Organisations
# that employ staff must also ...", "Clubs with paid coaches": a sentence or item opening with
# the applicants and what they are or do (never "Groups applying to this fund": every one)
# (The opening's figures and hyphens a run at a time, as in SOME_WHO: given back one by one,
# the first word scanned from each to the run's end, quadratic in a line opening "1111...".)
LEADING_WHO = re.compile(
    r"^(?:[\s*•▪.()]|[\-0-9]++)*(?!(?:all|every|each|any|the|this|your|our|please|we|you)\b)"
    rf"(?:[\w'’-]+\s+){{0,2}}?{_WHO}\s+"
    # (but those applying for the first time are some: "Groups applying for the first time must
    # also send:", review25)
    r"(?!(?:applying(?!\s+(?:to\s+us\s+)?for\s+the\s+first\s+time\b)|wishing|seeking|making"
    r"|submitting|completing|receiving)\b)"
    # a thing named by an -ing word is no deed: "Club safeguarding policy", "Group funding plan"
    r"(?!(?:safeguarding|funding|building|planning|training|fundraising|housing|meeting|"
    r"catering|licensing|accounting|banking|opening|parking|lighting|heating|flooring)\b)"
    r"(?:\w+ing|with|that|which|who|whose)\b",
    re.IGNORECASE,
)
# "Partnership projects: a letter from each partner", "Newly formed groups: ...": a run-in
# label of a few words naming a kind of applicant or project (never "All groups:", "Your
# project:", nor the applicants alone: "Groups: up to £500")
# (the opening's figures and hyphens a run at a time, as in LEADING_WHO)
# ("Clubs affiliated to a national body:", "Groups registered with Ofsted:": the applicants, then
# what was done to them, as the label)
LEADING_KIND = re.compile(
    r"^(?:[\s*•▪.()]|[\-0-9]++)*(?!(?:all|every|each|any|the|this|your|our|other)\b)"
    rf"(?:(?:[\w'’-]+\s+){{1,3}}?{_WHO}|{_WHO}\s+[a-z]+ed(?:\s+[\w'’-]+){{1,5}}?)\s*:\s+"
    r"(?![\d£$€])",
    re.IGNORECASE,
)

# "(community councils do not need to send this)", "(not needed from town and parish councils or
# schools)", "registered charities need not send one", "(except parish councils)", "(schools are
# exempt)": some applicants excused from a document make it one that only the others send ("you
# do not need to send this" excuses everyone: it is withdrawn, not limited)
# "Halls that hold the award (or higher) do not need to send it": some applicants excused ("or
# evidence that you are exempt" is a document: the applicant's own exemption shown).
# ("not required by law to have an audit" is the accounts' level, not an applicant excused.)
# (The word before 'do not need' is tried once from its run's start, when a word that is not
# 'you' or 'we' opens in it: tried from every "\b" of a run such as "a-a-a-...", each scanning
# to the run's end, it was quadratic. Read only as whether a search finds one: the same.)
EXEMPT = re.compile(
    r"\bnot\s+(?:needed|required|necessary|asked|wanted)\s+(?:from|of|by|for)\s+"
    r"(?!you\b|us\b|(?:the\s+)?law\b)\w"
    r"|(?<![\w'’-])(?=[\w'’-]*?\b(?!you\b|we\b)[\w'’-])[\w'’-]++\)?\s+"
    r"(?:(?:do|does)\s+not\s+need\s+to|need\s+not"
    r"|(?:don|doesn)[’']t\s+need\s+to|are\s+not\s+required\s+to)\s+"
    r"(?:send|provide|supply|submit|include|attach|upload|enclose)\b"
    r"|\bexcept\s+(?:for\s+)?(?:[\w'’-]+\s+){0,3}?"
    + _WHO
    + r"\b|(?<!\byou\s)(?<!\bwe\s)\b(?:is|are)\s+exempt\b",
    re.IGNORECASE,
)
# "Some providers must also upload:", "Some partners will also need": a lead-in naming some of
# the applicants (not "Some documents must be certified")
SOME_WHO = re.compile(
    r"\bsome\s+(?!(?:documents?|of|items?|files?|policies|things|forms?|papers|evidence)\b)"
    r"[a-z]+\s+(?:must|need|will|should|may|also|have\s+to)\b"
    # "Community groups and friends groups also upload:", "Schools also upload:", "Charities
    # must also send:": the applicants named send more besides what every one sends, so they
    # are some of them (never "All groups also send:", nor "Applicants also upload:", everyone;
    # the opening's figures and hyphens a run at a time, as in LEADING_ONLY)
    rf"|^(?:[\s*•▪.()]|[\-0-9]++)*(?!(?:all|every|each|any|the|you|we|please|applicants)\b)"
    # (a bracket saying which by a limit may come between: "Larger projects (over £5,000) must
    # also send:"; never "Groups (including new ones)", "Organisations (of any size)")
    rf"(?:[\w'’-]+\s+){{0,5}}?{_WHO}\s+(?:\((?=[^()]*(?:£|\d|\b(?:over|under|more|less|above|"
    r"below)\b))[^()]{1,40}\)\s+)?(?:(?:must|will|should|may)\s+)?"
    r"also\s+"
    r"(?:need\s+to\s+)?(?:upload|send|provide|attach|enclose|submit|include|need)\b",
    re.IGNORECASE,
)
# "Depending on your project, you may also need to send:", "You might need to upload:": what
# follows is needed by some applicants, whichever the wording says it depends on; only opening
# the sentence or lead-in that asks (never after what everyone sends: "Please send your accounts,
# and you may also need to send a site plan", "accounts (new groups may need to provide bank
# statements instead)"; review25 F1), and never "You may also send:", offered, nor "You will need
# to send:", everyone's
# (The item marks and figures opening it are taken possessively: given back one by one to the
# words after them, each scanned to the run's end, a list item opening with a long run of figures
# was quadratic: 100,000 figures took 120 CPU seconds. Words never open with what the marks take
# but a figure, and a figure opening a word ("1st-time") leaves the rest of the word a word.)
SOME_NEED = re.compile(
    r"^[\s\-*•▪0-9.()]*+(?:depending\s+on\b|(?:[\w'’-]+\s+){1,3}?(?:may|might)\s+(?:also\s+)?"
    r"(?:need|have)\s+to\s+(?:send|upload|provide|attach|enclose|include|submit|supply)\b)",
    re.IGNORECASE,
)
# "Every project over £10,000", "Each application for a capital grant": one project or
# application, then a word saying which: a heading naming some (the plurals are conditions in the
# vocabulary, "projects over"); never "Every project", "Every project, large or small", nor
# another verb: "Every project also needs", "Each application requires" (everyone; review23 F8)
EACH_WHICH = re.compile(
    r"^\W*(?:every|each)\s+(?:project|application|bid)\s+(?:over|under|above|below|on|in|"
    r"with|without|that|which|where|for|involving|using|costing|of|from|by|seeking|asking|"
    r"applying|worth|needing|including|working)\b"
    # (never the round or fund every one is in: "Every application in this round", "Each
    # application for this fund")
    r"(?!\s+(?:this|the|our|that)\s+(?:[\w'’-]+\s+)?(?:rounds?|funds?|schemes?|programmes?|grants?"
    r"|years?|calls?|stages?)\b)",
    re.IGNORECASE,
)
# a lead-in's which-word limits by a figure or a size ("Each application over £5,000") or by a
# kind of project only some have ("Each project involving building work", "Every project working
# with children", never "... working with local residents"; "Each application for a capital
# project"; review24 F8)
EACH_LIMIT = re.compile(
    r"£|\d|\b(?:over|under|more|less|above|below|involving)\b"
    r"|\bworking\s+with\s+(?:children|young|vulnerable|adults)\b"
    r"|\bfor\s+(?:an?\s+)?(?:capital|building|equipment|construction|refurbishment)\b",
    re.IGNORECASE,
)
# "Groups applying for a capital grant must also send:", "Applicants bidding for the Strand 2
# award also need to send:": those applying for one grant, strand or round, sending more than
# every applicant (read only after documents everyone sends: in a guide to one grant, "Groups
# applying for the Community Chest grant must also send:" is everyone besides the form; never
# "All ...", "applying for a grant" nor "for this grant", which every applicant is)
STRAND_WHO = re.compile(
    rf"^(?:[\s*•▪.()]|[\-0-9]++)*{_WHO}\s+(?:applying|asking|bidding|seeking)\s+"
    r"(?:for\s+|to\s+)?(?:an?|the)\s+(?!(?:grant|award|funding)s?\b)(?:[\w'’£,-]+\s+){1,4}?"
    r"(?:grant|award|strand|round|lot|stream|programme)s?\s+(?:(?:must|will|should|may)\s+)?"
    r"also\s+(?:need\s+to\s+)?(?:upload|send|provide|attach|enclose|submit|include|need)\b",
    re.IGNORECASE,
)
# "Your constitution (community groups and charities)", "(companies and CIOs)": a bracket that
# only names kinds of applicant says which of them send the document (never "(all groups)")
_KIND = (  # ("(small and main grants)": two kinds sharing their noun)
    r"(?!(?:all|every|each|any|from|of|by|to|with|in|for|the|your|our)\b)"
    r"(?:[\w'’-]+\s+(?:and|or)\s+)?(?:[\w'’-]+\s+){0,2}?"
)
WHO_BRACKET = re.compile(
    rf"\(\s*{_KIND}(?:{_BAND}|CIOs?|councils?|schools?|companies|businesses)"
    rf"(?:\s*(?:,|and|or|&)\s*{_KIND}(?:{_BAND}|CIOs?|councils?|schools?|companies|"
    rf"businesses))*\s*\)",
    re.IGNORECASE,
)

# the title of a part a page keeps folded until it is opened ("<details><summary>"): one that
# states a case, as an applicant would say it of their group ("If you work with children", "Only
# for capital projects", "We have been running for less than a year", "Our project is outdoors",
# "Charities only"), opens only for the applicants it describes; one that offers help or asks
# ("Before you start", "Why do we ask for these documents?") is read by everyone
CASE_TITLE = re.compile(
    r"^[\s\-*•▪]*(?:(?:only\s+)?(?:if|unless|os)\b|(?:only\s+)?(?:where|when)\s+(?!(?:to|and|"
    r"do|does|is|are|"
    r"can|will|should|we)\b)\w|only\b|for\s+(?!(?:all|every|each|"
    r"any|the|this|your|our|more|further|help|example)\b)\w|(?:we|we['’](?:re|ve)|i|i['’]m)\s+"
    r"(?!(?:will|would|can|may|might|should|use|ask|check|need|want|publish|pay)\b)\w|(?:our|my)"
    r"\s+(?:group|organi[sz]ation|project|club|charity|event|activit(?:y|ies))\s+(?:is|are|has|"
    r"have|does|do|works?|runs?|involves?|includes?|will)\b)|\b(?:only|yn\s+unig)\W*$",
    re.IGNORECASE,
)


def states_case(title: str) -> bool:
    """Whether a folded part's title states the case it is for, not help or a question."""
    title = title.strip()
    if not title or title.endswith("?") or len(title) > 160:
        return False
    return bool(CASE_TITLE.search(title) or LEADING_ONLY.match(title) or LEADING_WHO.match(title))
