"""The actor knowledge base: states, places, organisations, government bodies,
roles and people, loaded once from the data files beside this module.

Every name is indexed by its *surface key* (``surface_key``): letters
normalised, and each ZWNJ read both as a space and as nothing, so the KB's
``حزب‌الله`` matches text that says ``حزب الله`` or ``حزبالله``.  The loader
validates the files (codes, references, one actor per surface) and raises
``KnowledgeBaseError`` naming the file and entry to fix.

A local overrides file (``RAYZAN_ACTORS`` or ``./rayzan-actors.yaml``) may add
or correct organisations, places and people without editing the package; see
``load_kb``.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

from rayzan.errors import RayzanError

DATA = Path(__file__).resolve().parent / "data"
OVERRIDES_ENV = "RAYZAN_ACTORS"
OVERRIDES_DEFAULT = Path("rayzan-actors.yaml")

# Sector -> CAMEO-style role code appended to a state's ISO3 (IRNGOV, RUSMIL).
SECTOR_CODES = {
    "government": "GOV",
    "diplomatic": "GOV",
    "military": "MIL",
    "legislature": "LEG",
    "judiciary": "JUD",
    "police": "COP",
    "intelligence": "SPY",
    "opposition": "OPP",
    "rebels": "REB",
    "insurgents": "INS",
    "militia": "REB",
    "party": "PTY",
    "civil society": "CVL",
    "ngo": "NGO",
    "igo": "IGO",
    "media": "MED",
    "business": "BUS",
    "religious": "REL",
}

# The state Rayzan's sources report from: unqualified "مجلس" or "دولت" is its own (bodies' ``default``).
HOME = "IRN"
# Entry kinds.
COUNTRY, CITY, PLACE, ORGANISATION, BODY, ROLE, PERSON = "country", "city", "place", "organisation", "body", "role", "person"
# How a surface names its entry.
NAME, DEMONYM, METONYM = "name", "demonym", "metonym"

_ISO3 = re.compile(r"^[A-Z]{3}$")
# Letter forms the normaliser also unifies, plus diacritics and kashida deleted.
_LETTERS = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", **{chr(c): None for c in [*range(0x064B, 0x0656), 0x0670, 0x0640]}}
)
# The same-length part of that mapping, safe to apply to text whose offsets must hold.
ONE_TO_ONE = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه"})
_SPACES = re.compile(r"\s+")


class KnowledgeBaseError(RayzanError):
    """A knowledge-base file that is missing, malformed or inconsistent: a setting to fix (exit 1),
    not a bad article."""

    exit_code = 1

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing the KB knows.  ``id`` is the actor id for countries, places,
    organisations and people; for bodies and roles it is the KB's own code
    (a body's actor id is ``ISO3-<id>`` once its state is known)."""

    id: str
    kind: str
    name: str  # canonical Persian name
    name_en: str
    country: str | None = None  # ISO3 the entry belongs to (a fixed body's state, a city's state)
    sector: str | None = None
    default_country: str | None = None  # generic bodies: state when the text names none
    head: str | None = None  # bodies: title of whoever leads it (Persian)
    head_en: str | None = None
    body: str | None = None  # roles: the body the title implies; organisations: the body their name is with a state after it
    posted: bool = False  # roles: envoys, whose "در X" names where they serve
    generic: bool = False  # roles: meaning comes from the body that follows
    honorific: bool = False  # roles: a prefix before a name, not an office
    unique: bool = True  # roles: one holder at a time (not so for عضو, member)
    strict: frozenset[str] = frozenset()  # bodies: surface keys always of the default state (مجلس)
    domestic: bool = False  # bodies: run a state's home affairs (culture, labour); roles: of such a body
    capital: bool = False  # cities: the state's capital (a metonym for its government)
    target: str | None = None  # metonyms: the actor id they stand for


@dataclass(frozen=True, slots=True)
class Surface:
    entry: Entry
    form: str  # NAME, DEMONYM or METONYM


@dataclass
class KnowledgeBase:
    countries: dict[str, Entry] = field(default_factory=dict)
    bodies: dict[str, Entry] = field(default_factory=dict)
    roles: dict[str, Entry] = field(default_factory=dict)
    by_id: dict[str, Entry] = field(default_factory=dict)
    surfaces: dict[str, Surface] = field(default_factory=dict)
    given_names: dict[str, str] = field(default_factory=dict)  # surface key -> English
    foreign_given: set[str] = field(default_factory=set)  # keys of given names Iranians do not bear (فرانسوا)
    # People's surnames that are another KB name too (کامرون: Cameroon), read as the
    # person only when the article's context says so: surface key -> person entry.
    homonyms: dict[str, Entry] = field(default_factory=dict)
    # People's surnames that others bear too (متقی: an Iranian surname; بارو: a word), no KB name: read as the person
    # only where the article named them in full or coordinates the surname with another person's name; NER's tag is
    # no evidence here (it tags an Iranian «متقی» too): surface key -> person entry.
    shared_surnames: dict[str, Entry] = field(default_factory=dict)
    org_heads: dict[str, str | None] = field(default_factory=dict)  # head noun key -> sector
    common_senses: dict[str, frozenset[str]] = field(default_factory=dict)  # name key -> cue words
    # Names the everyday word mostly is («مالی»: financial): the name only beside one of these cue words.
    name_cues: dict[str, frozenset[str]] = field(default_factory=dict)
    # Names that are an organisation only where NER tags them ORG (فارس the agency, not the
    # province or خلیج فارس; مهر the agency, not the month): surface key -> entry.
    ner_orgs: dict[str, Entry] = field(default_factory=dict)
    # Short forms (one or two words) that are an organisation only once the article has named it in full
    # («آژانس» after «آژانس بین‌المللی انرژی اتمی»; elsewhere a travel agency), or names one of its cues:
    # surface key -> entry.
    short_forms: dict[str, Entry] = field(default_factory=dict)
    # Words that make an organisation's short form that organisation though it is not named in full («آژانس»
    # in an article about «هسته‌ای», «بازرسان», «گروسی»): entry id -> a pattern of its cues, whole words.
    short_cues: dict[str, re.Pattern[str]] = field(default_factory=dict)
    max_units: int = 1
    first_units: frozenset[str] = frozenset()

    def lookup(self, text: str) -> Surface | None:
        return _by_surface(self.surfaces, text)

    def ner_org(self, text: str) -> Entry | None:
        """The organisation ``text`` names when NER has tagged it ORG (``ner:`` names)."""
        return _by_surface(self.ner_orgs, text)

    def country_name(self, iso3: str | None) -> str | None:
        entry = self.countries.get(iso3 or "")
        return entry.name if entry else None


T = TypeVar("T")


def _by_surface(table: dict[str, T], text: str) -> T | None:
    """The value of the first of ``text``'s surface keys that ``table`` holds."""
    for key in surface_keys(text):
        hit = table.get(key)
        if hit is not None:
            return hit
    return None


def plain(text: str) -> str:
    """Letters as the normaliser writes them, no diacritics, single spaces."""
    return _SPACES.sub(" ", text.translate(_LETTERS)).strip()


def plain_word(word: str) -> str:
    """``plain`` for one token (no spaces to collapse): a single C-level translate."""
    return word.translate(_LETTERS)


def surface_keys(text: str) -> tuple[str, ...]:
    """Keys a name is indexed under: each ZWNJ read as a space, and as nothing."""
    base = plain(text)
    spaced = _SPACES.sub(" ", base.replace("\u200c", " ")).strip()
    joined = base.replace("\u200c", "")
    keys = [spaced]
    if joined != spaced:
        keys.append(joined)
    # ئ is often written ی (رئیس / رییس), and older texts write «ایی» as «ائی» (آمریکائی); index both.
    for k in list(keys):
        if "ئ" in k:
            keys.append(k.replace("ئ", "ی"))
        if "ایی" in k:
            keys.append(k.replace("ایی", "ائی"))
    return tuple(dict.fromkeys(keys))


def _read_yaml(path: Path) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=loader)
    except FileNotFoundError as e:
        raise KnowledgeBaseError(str(path), "file not found; reinstall rayzan or fix the path") from e
    except yaml.YAMLError as e:
        raise KnowledgeBaseError(str(path), f"not valid YAML: {e}") from e


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class _Builder:
    """Collects entries and surfaces, checking them as they come."""

    def __init__(self) -> None:
        self.kb = KnowledgeBase()
        self.where: dict[str, str] = {}

    def add_entry(self, entry: Entry, where: str) -> None:
        if entry.kind in (ROLE, BODY):
            table = self.kb.roles if entry.kind == ROLE else self.kb.bodies
            if entry.id in table:
                raise KnowledgeBaseError(where, f"duplicate {entry.kind} id {entry.id!r}")
            table[entry.id] = entry
            return
        if entry.id in self.kb.by_id and self.kb.by_id[entry.id] != entry:
            raise KnowledgeBaseError(where, f"duplicate id {entry.id!r} (also in {self.where.get(entry.id)})")
        self.kb.by_id[entry.id] = entry
        self.where[entry.id] = where

    def add_surface(self, text: str, entry: Entry, form: str, where: str, override: bool = False) -> None:
        for key in surface_keys(text):
            old = self.kb.surfaces.get(key)
            if old is not None and not override and (old.entry.id, old.entry.kind) != (entry.id, entry.kind):
                raise KnowledgeBaseError(
                    where,
                    f"surface {text!r} names both {old.entry.kind} {old.entry.id!r} and {entry.kind} {entry.id!r}; "
                    "keep it in one entry",
                )
            if old is None or override:
                self.kb.surfaces[key] = Surface(entry, form)

    def check_country(self, code: Any, where: str) -> str | None:
        if code is None:
            return None
        if not isinstance(code, str) or not _ISO3.match(code) or (self.kb.countries and code not in self.kb.countries):
            raise KnowledgeBaseError(where, f"{code!r} is not an ISO 3166-1 alpha-3 code in countries.csv")
        return code

    def check_sector(self, sector: Any, where: str) -> str | None:
        if sector is not None and sector not in SECTOR_CODES:
            raise KnowledgeBaseError(where, f"unknown sector {sector!r}; use one of {sorted(SECTOR_CODES)}")
        return sector


def _names(item: dict[str, Any], where: str) -> list[str]:
    names = item.get("fa")
    if not names or not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
        raise KnowledgeBaseError(where, "needs 'fa': a non-empty list of Persian names")
    return list(dict.fromkeys(plain(n) for n in names))


def _load_countries(b: _Builder, path: Path) -> list[tuple[str, str, str]]:
    metonyms: list[tuple[str, str, str]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            where = f"{path.name}:{n}"
            iso3 = row["iso3"]
            if not _ISO3.match(iso3):
                raise KnowledgeBaseError(where, f"bad ISO3 code {iso3!r}")
            entry = Entry(iso3, COUNTRY, row["name_fa"], row["name_en"], country=iso3, sector="government")
            b.kb.countries[iso3] = entry
            b.add_entry(entry, where)
            for name in [row["name_fa"], *filter(None, row["variants"].split("|"))]:
                b.add_surface(name, entry, NAME, where)
            for name in filter(None, row["demonyms"].split("|")):
                b.add_surface(name, entry, DEMONYM, where)
            cities = [(row["capital_fa"], row["capital_en"], True)] if row["capital_fa"] else []
            for pair in filter(None, row["cities"].split("|")):
                fa, _, en = pair.partition("=")
                cities.append((fa, en, False))
            for fa, en, is_capital in cities:
                city_id = f"place:{slug(en)}"
                city = b.kb.by_id.get(city_id)
                if city is None:
                    city = Entry(city_id, CITY, plain(fa), en, country=iso3, capital=is_capital)
                    b.add_entry(city, where)
                elif city.country != iso3:
                    # (two states' cities of one English name would share an entry: «Tripoli» of Libya and Lebanon)
                    raise KnowledgeBaseError(where, f"city {en!r} is already {city.country}'s; give it a distinct English name")
                b.add_surface(fa, city, NAME, where)
            for pair in filter(None, row["metonyms"].split("|")):
                fa, _, target = pair.partition("=")
                metonyms.append((fa, target, where))
    return metonyms


def _load_bodies(b: _Builder, path: Path) -> None:
    for n, item in enumerate(_read_yaml(path) or []):
        where = f"{path.name}[{n}]"
        names = _names(item, where)
        head = item.get("head") or [None, None]
        entry = Entry(
            item["id"],
            BODY,
            names[0],
            item.get("en") or item["id"],
            country=b.check_country(item.get("country"), where),
            sector=b.check_sector(item.get("sector"), where),
            default_country=b.check_country(item.get("default"), where),
            head=head[0],
            head_en=head[1],
            strict=frozenset(k for name in item.get("strict") or [] for k in surface_keys(name)),
            domestic=bool(item.get("domestic")),
        )
        b.add_entry(entry, where)
        for name in names:
            b.add_surface(name, entry, NAME, where)


def _load_roles(b: _Builder, path: Path) -> None:
    for n, item in enumerate(_read_yaml(path) or []):
        where = f"{path.name}[{n}]"
        names = _names(item, where)
        en = item.get("en") or ""
        body = item.get("body")
        if body is not None and body not in b.kb.bodies:
            raise KnowledgeBaseError(where, f"role {names[0]!r} refers to unknown body {body!r}")
        entry = Entry(
            slug(en) or slug(f"honorific-{n}"),
            ROLE,
            names[0],
            en,
            country=b.check_country(item.get("country"), where),
            sector=b.check_sector(item.get("sector"), where),
            body=body,
            posted=bool(item.get("posted")),
            generic=bool(item.get("generic")),
            honorific=bool(item.get("honorific")),
            unique=bool(item.get("unique", True)),
            domestic=body is not None and b.kb.bodies[body].domestic,
        )
        # Several rows may share an English title (معاون / معاون سیاسی): key roles by Persian name.
        b.kb.roles[names[0]] = entry
        for name in names + [p for p in _plural_titles(names) if p not in names]:
            b.add_surface(name, entry, NAME, where)


# Plurals of titles, which name the office-holders of the states listed after them («وزیران دفاع روسیه و چین»,
# «رؤسای جمهور ایران و ترکیه»): the same role, derived so that every minister has them, not only those listed.
_PLURAL_OF_FIRST = {"وزیر": ("وزرای", "وزیران"), "رئیس‌جمهور": ("رؤسای جمهور", "روسای جمهور"),
                    "رئیس": ("رؤسای", "روسای"), "نخست‌وزیر": ("نخست‌وزیران",)}


def _plural_titles(names: list[str]) -> list[str]:
    """«وزیر دفاع» → «وزرای دفاع», «وزیران دفاع»; «رئیس‌جمهور» → «رؤسای جمهور»; titles of one word but «وزیر» have none."""
    plurals: list[str] = []
    for name in names:
        first, _, rest = name.partition(" ")
        if first == "نخست" and rest == "وزیر":
            first, rest = "نخست‌وزیر", ""
        if first not in _PLURAL_OF_FIRST or (not rest and first in ("وزیر", "رئیس")):
            continue  # a bare «وزرای»/«رؤسای» heads any list («رؤسای دانشگاه‌ها»): no one office
        plurals += [f"{plural} {rest}".strip() for plural in _PLURAL_OF_FIRST[first]]
    return plurals


def _load_simple(b: _Builder, path: Path, kind: str) -> None:
    _load_items(b, _read_yaml(path) or [], path.name, kind, override=False)


def _load_overrides(b: _Builder, path: Path) -> None:
    """A user's file: ``{organisations: [...], places: [...], people: [...]}``
    in the package files' format; its entries win over the package's."""
    data = _read_yaml(path) or {}
    if not isinstance(data, dict):
        raise KnowledgeBaseError(str(path), "expected a mapping with organisations/places/people lists")
    for section, kind in (("organisations", ORGANISATION), ("places", PLACE), ("people", PERSON)):
        _load_items(b, data.get(section) or [], f"{path}:{section}", kind, override=True)


def _load_items(b: _Builder, items: Iterable[dict[str, Any]], where_base: str, kind: str, override: bool) -> None:
    prefix = {PLACE: "place:", PERSON: "person:"}.get(kind, "")
    for n, item in enumerate(items):
        where = f"{where_base}[{n}]"
        if not isinstance(item, dict) or "id" not in item or "en" not in item:
            raise KnowledgeBaseError(where, "needs 'id', 'en' and 'fa'")
        names = _names(item, where)
        entry = Entry(
            f"{prefix}{item['id']}",
            kind,
            names[0],
            item["en"],
            country=b.check_country(item.get("country"), where),
            sector=b.check_sector(item.get("sector"), where),
            body=_national_body(b, item.get("national"), where),
        )
        if override:
            b.kb.by_id[entry.id] = entry
        else:
            b.add_entry(entry, where)
        for name in names:
            b.add_surface(name, entry, NAME, where, override=override)
        for name in item.get("also") or []:
            for key in surface_keys(str(name)):
                b.kb.homonyms[key] = entry
        for name in item.get("shared") or []:
            for key in surface_keys(str(name)):
                b.kb.shared_surnames[key] = entry
        for name in item.get("ner") or []:
            for key in surface_keys(str(name)):
                b.kb.ner_orgs[key] = entry
        for name in item.get("short") or []:
            if len(str(name).split()) > 2:
                raise KnowledgeBaseError(where, f"short form {name!r} must be one or two words")
            for key in surface_keys(str(name)):
                b.kb.short_forms[key] = entry
        cues = [str(cue) for cue in item.get("cues") or []]
        if cues:
            b.kb.short_cues[entry.id] = _cue_pattern(cues)


def _cue_pattern(cues: list[str]) -> re.Pattern[str]:
    """Whole-word pattern of ``cues`` as normalised text writes them (a ZWNJ in a cue also matches a space
    or nothing; a suffix may follow after a ZWNJ: «بازرسی‌ها»)."""
    forms = sorted({re.escape(plain(c)).replace("\u200c", "[\u200c ]?") for c in cues}, key=len, reverse=True)
    return re.compile(r"(?<![\w\u200c])(?:" + "|".join(forms) + r")(?!\w)")


def _national_body(b: _Builder, body: Any, where: str) -> str | None:
    """An organisation's ``national:`` body, which its name followed by a state is (شورای امنیت روسیه)."""
    if body is not None and body not in b.kb.bodies:
        raise KnowledgeBaseError(where, f"national: {body!r} is not a body in bodies.yaml")
    return body


def _finish_metonyms(b: _Builder, metonyms: list[tuple[str, str, str]]) -> None:
    for fa, target, where in metonyms:
        iso3, _, body_id = target.partition("-")
        b.check_country(iso3, where)
        if body_id and body_id not in b.kb.bodies:
            raise KnowledgeBaseError(where, f"metonym {fa!r} points to unknown body {body_id!r}")
        country = b.kb.countries[iso3]
        entry = Entry(target, "metonym", plain(fa), country.name_en, country=iso3, target=target)
        b.add_surface(fa, entry, METONYM, where)


def _index(kb: KnowledgeBase) -> None:
    firsts: set[str] = set()
    longest = 1
    for key in kb.surfaces:
        parts = key.split(" ")
        firsts.add(parts[0])
        longest = max(longest, len(parts))
    kb.first_units = frozenset(firsts)
    kb.max_units = longest


def _add_ezafe_forms(b: _Builder) -> None:
    """A person's name ending in a vowel takes a written ezafe «ی» (مایک پمپئوی عزیز، دولت اوبامای
    دموکرات): index that form too, unless it names something else."""
    for key, surface in list(b.kb.surfaces.items()):
        if surface.entry.kind == PERSON and key.endswith(("ا", "و")) and key + "ی" not in b.kb.surfaces:
            b.kb.surfaces[key + "ی"] = surface


def build_kb(data: Path = DATA, overrides: Path | None = None) -> KnowledgeBase:
    """Load and validate the knowledge base from ``data`` (and a user's overrides)."""
    b = _Builder()
    metonyms = _load_countries(b, data / "countries.csv")
    _load_bodies(b, data / "bodies.yaml")
    _load_roles(b, data / "roles.yaml")
    _load_simple(b, data / "places.yaml", PLACE)
    _load_simple(b, data / "organisations.yaml", ORGANISATION)
    _load_simple(b, data / "people.yaml", PERSON)
    _add_ezafe_forms(b)
    _finish_metonyms(b, metonyms)
    for file in ("names.yaml", "names_foreign.yaml"):
        names = _read_yaml(data / file) or {}
        for fa, en in names.items():
            for key in surface_keys(str(fa)):
                b.kb.given_names[key] = str(en)
                if file == "names_foreign.yaml":
                    b.kb.foreign_given.add(key)
    heads = _read_yaml(data / "org_heads.yaml") or {}
    for head, sector in heads.items():
        b.kb.org_heads[surface_keys(str(head))[0]] = b.check_sector(sector, f"org_heads.yaml:{head}")
    senses = _read_yaml(data / "common_senses.yaml") or {}
    for name, cues in senses.items():
        key = surface_keys(str(name))[0]
        if isinstance(cues, dict):  # {name_only_with: [...]}
            b.kb.name_cues[key] = frozenset(surface_keys(str(c))[0] for c in cues["name_only_with"])
        else:
            b.kb.common_senses[key] = frozenset(surface_keys(str(c))[0] for c in cues)
    if overrides is not None:
        _load_overrides(b, overrides)
    _index(b.kb)
    return b.kb


def overrides_path() -> Path | None:
    env = os.environ.get(OVERRIDES_ENV)
    if env:
        path = Path(env)
        if not path.exists():
            raise KnowledgeBaseError(env, f"{OVERRIDES_ENV} names a file that does not exist")
        return path
    return OVERRIDES_DEFAULT if OVERRIDES_DEFAULT.exists() else None


def check_kb() -> None:
    """Load the knowledge base now, so that a broken ``RAYZAN_ACTORS`` file is one error before a
    run, not the same error for every article of it."""
    load_kb()


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The knowledge base, loaded on first use and cached for the process."""
    return build_kb(DATA, overrides_path())
