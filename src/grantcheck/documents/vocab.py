"""The measurer's vocabularies, read from ``rules/documents/`` (data, not code).

``vocabulary.yaml`` holds the phrase lists (question cues, limit units, attachment
kinds, policies, accounts levels); ``jargon.yaml`` the jargon list and the acronyms
allowed without a definition. Each phrase becomes a whole-word, case-insensitive
pattern over plain text (never over markup), built from the phrases a text could match
(``keyed``). A council extends a list by putting a
``documents/`` folder with the same files in its own rule folder: lists are joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

import yaml  # (every run that measures has read its scheme or config with it already)

from grantcheck.documents import plainyaml
from grantcheck.documents.keyed import (
    FOLDED as FOLDED,
)
from grantcheck.documents.keyed import Family, family, filed, phrases
from grantcheck.documents.keyed import (
    tokens as tokens,
)
from grantcheck.documents.keyed import (
    unsure as unsure,
)
from grantcheck.documents.lazy import lazy
from grantcheck.documents.parts import with_emails
from grantcheck.documents.phrase_pattern import (
    TRIE_LONGEST as TRIE_LONGEST,
)
from grantcheck.rulepack_dir import default_pack_dir


def firsts(words: list[str]) -> frozenset[str]:
    """A key token of each phrase (its longest uncommon word): a block with none of them cannot
    match any phrase, so most prose skips the patterns."""
    keys = {filed(str(w).strip().lower())[1] for w in words}
    keys.discard("")  # (a phrase with no word has no key)
    return frozenset(keys)


@dataclass(frozen=True)
class Vocabulary:
    """Compiled phrase lists."""

    raw: dict[str, Any]
    question: re.Pattern[str]
    strong: re.Pattern[str]
    field: re.Pattern[str]
    checklist: re.Pattern[str]
    attach: re.Pattern[str]
    condition: re.Pattern[str]
    request: re.Pattern[str]  # condition cues about when a copy is sent, not who must have it
    who_column: re.Pattern[str]  # a documents table's "Who must send it" column
    everyone: re.Pattern[str]  # that column's "All applicants"
    contents: re.Pattern[str]  # a contents list's heading
    not_attachment: re.Pattern[str]  # the form itself, in a checklist of what to send
    confirmation: re.Pattern[str]  # "I confirm": a declaration, never a request to send
    tick_column: re.Pattern[str]  # a documents table's "Attached" column
    recap: re.Pattern[str]  # "Checklist", "I have enclosed": a list repeating what was asked
    space_cue: re.Pattern[str]  # "Continue on a separate sheet": an answer box above it
    sheets: re.Pattern[str]  # "Answer on separate sheets": the form's own answers, not drawn
    overflow: re.Pattern[str]  # "Continuation": a box for answers that ran out of room
    elsewhere: re.Pattern[str]  # "These are the questions on the portal": another form's
    kinds: Family  # (name, pattern) for each kind, and which could match a text (``could``)
    policies: Family
    own_policy: re.Pattern[str]
    policy_word: re.Pattern[str]
    accounts: dict[str, re.Pattern[str]]
    insurance: re.Pattern[str]
    insurance_cover: re.Pattern[str]  # "the cover must be at least ...", after insurance is named
    match: re.Pattern[str]
    match_share: re.Pattern[str]  # "of the total cost": a percentage that is a share of the cost
    match_contribution: re.Pattern[str]  # the applicant puts it in: "from other sources"
    no_match: re.Pattern[str]
    match_whole_cost: re.Pattern[str]  # "the whole cost": none to find when the funder pays it
    match_elsewhere: re.Pattern[str]  # "money from elsewhere": none when it need not be found
    jargon_any: re.Pattern[str]  # any jargon term or form
    jargon_by_form: dict[str, tuple[str, str, str]]  # lower-case form -> (term, plain, source)
    jargon_firsts: frozenset[str]
    interest: frozenset[str]  # first words of anything a requirement could hang on: a quick filter
    # per list (and per kind, policy, accounts level): its key tokens
    gates: dict[str, frozenset[str]]
    allowed_acronyms: frozenset[str]
    held_kinds: frozenset[str]
    units: dict[str, str]  # unit word -> words | characters | pages
    answer_markers: frozenset[str]
    qualifiers: tuple[str, ...]


def _alternatives(words: list[str]) -> re.Pattern[str]:
    """The accounts' "or" words, as a pattern (plain text, any case)."""
    return re.compile("|".join(re.escape(a) for a in words), re.IGNORECASE)


class _Gates(dict[str, frozenset[str]]):
    """Each list's key tokens (``firsts``), worked out when a gate is first asked for."""

    def __init__(self, lists: dict[str, list[str]]) -> None:
        super().__init__()
        self.lists = lists

    def __missing__(self, gate: str) -> frozenset[str]:
        keys = self[gate] = firsts(self.lists[gate])
        return keys


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = [*out[key], *value]
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


# Welsh initial mutations, as written: a radical first letter and what it becomes (soft, nasal,
# aspirate). Digraphs that are letters of their own (ch, dd, ff, ng, ph, th) do not mutate.
MUTATIONS = (
    ("ch",), ("dd",), ("ff",), ("ng",), ("ph",), ("th",),
    ("ll", "l"), ("rh", "r"),
    ("p", "b", "mh", "ph"), ("t", "d", "nh", "th"), ("c", "g", "ngh", "ch"),
    ("b", "f", "m"), ("d", "dd", "n"), ("g", "", "ng"), ("m", "f"),
)  # fmt: skip
VOWELS = "aeiouwyâêîôûŵŷ"


def mutated(word: str) -> list[str]:
    """A Welsh word or phrase in its radical form and its mutated forms ("cyfrifon": gyfrifon,
    nghyfrifon, chyfrifon; "adroddiad": hadroddiad), each also with a curly apostrophe."""
    word = " ".join(str(word).split())
    low = word.lower()
    forms = [word]
    if low[:1] in VOWELS and len(low.split(" ")[0]) > 3:
        forms.append("h" + word)  # "eu harchwilio", "ei hadroddiad" (not "os", "o'r")
    for radical, *changed in MUTATIONS:
        if low.startswith(radical):
            rest = word[len(radical) :]
            forms += [c + rest for c in changed if len((c + rest).split(" ")[0]) >= 3]
            break
    return forms + [f.replace("'", "’") for f in forms if "'" in f]


def _welsh(data: dict[str, Any], welsh: dict[str, Any]) -> dict[str, Any]:
    """``welsh.yaml``'s words joined to the lists they name, each with its mutated forms."""
    sources = welsh.get("sources") or {}
    extra: dict[str, Any] = {}
    for key, entries in (welsh.get("words") or {}).items():
        *parents, leaf = str(key).split(".")
        place = extra
        for part in parents:
            place = place.setdefault(part, {})
        for entry in entries or []:
            if not (isinstance(entry, list) and len(entry) == 3 and entry[2] in sources):
                raise ValueError(f"welsh.yaml: {key}: {entry!r} is not [Welsh, English, source]")
            place.setdefault(leaf, []).extend(mutated(entry[0]))
    return _merge(data, extra)


def _read(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name in ("vocabulary.yaml", "jargon.yaml", "welsh.yaml"):
        path = folder / "documents" / name
        if path.is_file():
            # libyaml's safe loader where the wheel has it: the shipped vocabularies are read
            # on every run, and the pure-Python parser took about 160 ms of a measure's start;
            # their strings are built from its events (plainyaml), as the loader builds them
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            loaded = plainyaml.load(path.read_text(encoding="utf-8"), loader) or {}
            loaded = loaded if isinstance(loaded, dict) else {}
            data = _welsh(data, loaded) if name == "welsh.yaml" else _merge(data, loaded)
    return data


@lru_cache(maxsize=8)
def load(folders: tuple[Path, ...] = ()) -> Vocabulary:
    """The shipped vocabularies, extended by any ``documents/`` folder in ``folders``."""
    data = _read(default_pack_dir())
    for folder in folders:
        data = _merge(data, _read(folder))
    return compile_vocabulary(data)


def interest_words(d: dict[str, Any]) -> list[str]:
    """Every phrase a requirement could hang on (a document, policy, accounts level, insurance,
    match funding): a sentence matching none of them asks for nothing."""
    return [
        *(w for words in d["attachment_kinds"].values() for w in words),
        *(w for ws in d["policies"].values() for w in ws),
        *(w for k, ws in d["accounts"].items() if k != "alternatives" for w in ws),
        *d["insurance"],
        *d.get("insurance_cover", []),
        *d["match_funding"],
        *d.get("match_share", []),
        *d["no_match_funding"],
        *d.get("match_whole_cost", []),
        *d.get("match_elsewhere", []),
    ]


def compile_vocabulary(d: dict[str, Any]) -> Vocabulary:
    d = {**d, "attachment_kinds": {k: with_emails(v) for k, v in d["attachment_kinds"].items()}}
    units = {w.lower(): unit for unit, words in d["limit_units"].items() for w in words}
    by_form = {
        " ".join(str(f).lower().replace("-", " ").split()): (e["term"], e["plain"], e["source"])
        for e in d.get("jargon", [])
        for f in (e["term"], *e.get("forms", []))
    }
    kinds = [w for words in d["attachment_kinds"].values() for w in words]
    none_said = [*d.get("match_whole_cost", []), *d.get("match_elsewhere", [])]
    return Vocabulary(
        raw=d,
        question=phrases(d["question_cues"]),
        strong=phrases(d["strong_question_cues"]),
        field=phrases(d["field_cues"]),
        checklist=phrases(d["checklist_headings"]),
        attach=phrases(d["attachment_cues"]),
        condition=phrases([*d["condition_cues"], *d.get("request_cues", [])]),
        request=phrases(d.get("request_cues", [])),
        who_column=phrases(d.get("who_columns", [])),
        everyone=phrases(d.get("everyone", [])),
        contents=phrases(d.get("contents_headings", [])),
        not_attachment=phrases(d.get("not_attachments", [])),
        confirmation=phrases(d.get("confirmation_cues", [])),
        tick_column=phrases(d.get("tick_columns", [])),
        recap=phrases(d.get("recap_headings", [])),
        space_cue=phrases(d.get("space_cues", [])),
        sheets=phrases(d.get("sheet_cues", [])),
        overflow=phrases(d.get("overflow_cues", [])),
        elsewhere=phrases(d.get("elsewhere_cues", [])),
        kinds=family(d["attachment_kinds"].items()),
        policies=family(d["policies"].items()),
        own_policy=phrases(d["own_policy_cues"]),
        policy_word=phrases(d["policy_words"]),
        accounts={
            k: phrases(v) if k != "alternatives" else lazy(partial(_alternatives, list(v)))
            for k, v in d["accounts"].items()
        },
        insurance=phrases(d["insurance"]),
        insurance_cover=phrases(d.get("insurance_cover", [])),
        match=phrases(d["match_funding"]),
        match_share=phrases(d.get("match_share", [])),
        match_contribution=phrases(d.get("match_contribution", [])),
        no_match=phrases(d["no_match_funding"]),
        match_whole_cost=phrases(d.get("match_whole_cost", [])),
        match_elsewhere=phrases(d.get("match_elsewhere", [])),
        jargon_any=phrases(list(by_form)),
        jargon_by_form=by_form,
        jargon_firsts=firsts(list(by_form)),
        interest=firsts(interest_words(d)),
        gates=_Gates(
            {
                "attach": d["attachment_cues"],
                "condition": [*d["condition_cues"], *d.get("request_cues", [])],
                "policy_word": d["policy_words"],
                "insurance": d["insurance"],
                "match": [*d["match_funding"], *d["no_match_funding"], *none_said],
                "match_none": none_said,
                "match_share": d.get("match_share", []),
                "match_contribution": d.get("match_contribution", []),
                "insurance_cover": d.get("insurance_cover", []),
                **{f"kind:{k}": v for k, v in d["attachment_kinds"].items()},
                # any document or accounts level at all: a sentence without one asks for nothing
                "documents": [
                    *kinds,
                    *(w for k, ws in d["accounts"].items() if k != "alternatives" for w in ws),
                ],
                **{f"policy:{k}": v for k, v in d["policies"].items()},
                **{f"accounts:{k}": v for k, v in d["accounts"].items() if k != "alternatives"},
            }
        ),
        allowed_acronyms=frozenset(d.get("allowed_acronyms", [])),
        held_kinds=frozenset(d.get("held_kinds", [])),
        units=units,
        qualifiers=tuple(d["limit_qualifiers"]),
        answer_markers=frozenset(str(m).lower() for m in d.get("answer_markers", [])),
    )
