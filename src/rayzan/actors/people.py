"""People as the actors stage builds them, and the English of their titles."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field

from rayzan.actors.kb import Entry, plain
from rayzan.actors.phrases import GROUPS, TitlePhrase
from rayzan.document import Role

DEPUTY_TITLES = ("deputy", "deputy minister")
# Arabic links of lineage (محمد بن سلمان); not «آل», which Iranian surnames have too (یحیی آل‌اسحاق).
_LINEAGE = frozenset({"بن", "ابن", "بنت"})
# The Arabic article opening a later word of a name (احمد الخطیب); not the Persian surnames that begin with «ال»
# (الهی, الویری, الیاسی, الماسی, الفت), the «الله», «الدین» of compound names, nor the nisba in «ی» Iranian
# names share (الحسینی, البرزی; the Arab leaders so named are in the KB: الخزعلی, المالکی).
_ARABIC_ARTICLE = re.compile(r"ال(?![هوی]|ماس|له|دین|فت)\w{2,}")
# Endings of Persian (and Iranian Armenian) surnames: «کریمی», «ملکی», «بگلریان», «حسین‌زاده», «نیک‌پور»
_PERSIAN_SURNAME = re.compile(r"(?:ی|یان|زاده|پور|نیا|فر|وند|کیا|نژاد|راد|لو)$")


@dataclass
class PersonDraft:
    """A person while the article is read; becomes an ``Actor`` at the end."""

    id: str
    name: str
    name_en: str
    country: str | None = None  # the state a title names (سفیر ایران -> IRN)
    known_country: str | None = None  # from the KB
    known: bool = False  # a KB person: a null country there means no state (UN, EU, NATO officials)
    default_country: str | None = None  # from an unqualified body (وزیر امور خارجه -> IRN)
    roles: list[Role] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    romanised: bool = False
    stateless_role: bool = False  # holds an office of an international organisation
    abroad: bool = False  # holds an office in a division Iran does not have (استاندار ایالت پنجاب)

    def add_role(self, role: Role) -> None:
        if all((r.title_en, r.country, r.posted) != (role.title_en, role.country, role.posted) for r in self.roles):
            self.roles.append(role)


def title_en(t: Entry, body: Entry | None, org: Entry | None, inner: Entry | None = None, modified: bool = False) -> str:
    """English title of a title phrase: a generic title takes its meaning from what
    it heads (معاون + وزارت خارجه -> deputy foreign minister).  With words between
    (رئیس کمیسیون کشاورزی مجلس) it heads a part of the body, not the body."""
    if not t.generic:
        return t.name_en
    if modified and body is not None and t.name_en not in DEPUTY_TITLES:
        return f"{t.name_en}, {body.name_en}"
    if inner is not None:
        if inner.generic and (org is not None or body is not None):
            # «معاون رئیس دفتر سیاسی حماس»: deputy head of Hamas
            served = title_en(inner, body, org, None, modified)
            return f"deputy {served}" if t.name_en in DEPUTY_TITLES else f"{t.name_en} to the {served}"
        if t.name_en in DEPUTY_TITLES:
            return f"deputy {inner.name_en}"
        return f"{t.name_en} to the {inner.name_en}"
    if body is not None and body.head_en:
        if t.name_en in DEPUTY_TITLES:
            return f"deputy {body.head_en}"
        if t.name_en in ("minister", "head", "commander"):
            return body.head_en
        if t.name_en == "spokesperson":
            return f"{body.name_en} spokesperson"
        return f"{t.name_en}, {body.name_en}"
    if org is not None:
        return f"{t.name_en} of {org.name_en}"
    return t.name_en


def title_sector(tp: TitlePhrase) -> str | None:
    """The sector a title serves: a generic title's is its body's (معاون وزارت خارجه: diplomatic); one leading
    a group, the group's (رهبر مخالفان: opposition)."""
    if tp.group is not None:
        return GROUPS[tp.group][1]
    if tp.title.generic and tp.body is not None and tp.body.body.sector:
        return tp.body.body.sector
    if tp.title.generic and tp.inner is not None and tp.inner.sector:
        return tp.inner.sector
    return tp.title.sector


def same_title(held: str | None, named: str | None) -> bool:
    """Whether a title named alone fits one a person holds: "officer" fits
    "officer, CIA" and "officer (Tehran)"; "president" does not fit "vice president"; a
    local office named ("head (Tehran city)") fits only itself."""
    if not held or not named:
        return False
    if named.endswith(")"):
        return held == named  # a province's office fits no other title («رئیس شورای شهر تهران» is not the judiciary's)
    return held == named or held.startswith((named + ",", named + " of ", named + " ("))


def foreign_name(name: str, foreign_given: Container[str]) -> bool:
    """Whether a name is no Iranian's: a given name Iranians do not bear (فرانسوا بایرو), or an Arabic article or
    link of lineage in a later word (خلیل الحیه, محمد بن سلمان)."""
    words = plain(name).split(" ")
    if len(words) < 2:
        return False
    # (a Persian surname after a given name Iranian Christians and Armenians bear too, «ماریا کریمی», «رابرت
    # بگلریان», is an Iranian's; so is an article word in «ی», «علی البرزی», «سید محمد الحسینی»)
    return (words[0] in foreign_given and not _PERSIAN_SURNAME.search(words[-1])) or any(
        w in _LINEAGE or _ARABIC_ARTICLE.fullmatch(w) and not _PERSIAN_SURNAME.search(w) for w in words[1:]
    )
