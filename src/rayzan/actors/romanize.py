"""A Persian -> Latin romanisation good enough for people's names.

Persian script leaves most short vowels unwritten, so this is a best effort:
given names come from the KB's table (کاظم -> Kazem); other words are spelt
letter by letter, with a vowel guessed between two written consonants
(``a`` in a word's first syllable, ``e`` after it: جلالی -> Jalali).
Callers should flag the result as romanised, not as a known English name.
"""

from __future__ import annotations

from rayzan.actors.kb import KnowledgeBase, surface_keys

_CONSONANTS = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "z", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "z", "ط": "t",
    "ظ": "z", "غ": "gh", "ف": "f", "ق": "gh", "ک": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n",
}
_SILENT = {"ع", "ء", "أ", "إ", "ؤ", "\u200c"}


def romanize_word(word: str) -> str:
    out: list[str] = []
    # State of the syllable being read: "onset" after a consonant with no vowel yet,
    # "open" after a vowel, "closed" after a vowel and one consonant (CVC).
    state = "start"
    syllables = 0
    n = len(word)

    def consonant(latin: str, last: bool) -> None:
        nonlocal state, syllables
        if state == "onset" or (state == "closed" and last):
            out.append("a" if syllables == 0 else "e")  # unwritten short vowel
            syllables += 1
            out.append(latin)
            state = "closed"
        elif state == "open":
            out.append(latin)
            state = "closed"
        else:  # start, or after a closed syllable: this consonant opens the next one
            out.append(latin)
            state = "onset"

    def vowel(latin: str) -> None:
        nonlocal state, syllables
        out.append(latin)
        state, syllables = "open", syllables + 1

    for i, ch in enumerate(word):
        first, last = i == 0, i == n - 1
        if ch in ("ا", "آ"):
            # Initial alef before two consonants is usually e- (اسلامی Eslami, اسماعیل Esmaeil).
            nxt = word[1:3]
            if first and ch == "ا" and len(nxt) == 2 and all(c in _CONSONANTS for c in nxt):
                vowel("e")
                state = "closed_initial"
            else:
                vowel("a")
        elif ch == "و":
            if first or state == "open":
                consonant("v", last)
            else:
                vowel("o" if last else "ou")
        elif ch in ("ی", "ئ"):
            if first or state == "open":
                if last:
                    vowel("i")
                else:
                    consonant("y", last)
            else:
                vowel("i")
        elif ch == "ه" and last and state in ("onset", "closed"):
            out.append("eh")
        elif ch == "ه":
            consonant("h", last)
        elif ch in _CONSONANTS:
            if state == "closed_initial":
                out.append(_CONSONANTS[ch])
                state = "closed"
            else:
                consonant(_CONSONANTS[ch], last)
        elif ch == "ع" and first:
            vowel("a")  # عراقچی Araghchi, عبدالله Abdollah
        elif ch in _SILENT:
            continue
        else:
            out.append(ch)
            state = "start"
    text = "".join(out)
    return text[:1].upper() + text[1:]


def romanize_name(name: str, kb: KnowledgeBase | None = None) -> str:
    """``کاظم جلالی`` -> ``Kazem Jalali``; given names from the KB's table when known."""
    words = []
    for word in name.replace("\u200c", " ").split():
        known = None
        if kb is not None:
            for key in surface_keys(word):
                known = kb.given_names.get(key)
                if known:
                    break
        words.append(known or (_nisba(word, kb) if kb is not None else None) or romanize_word(word))
    return " ".join(words)


# Common Iranian surnames whose letters the vowel guess spells wrong (مرادی is Moradi, not Maradi).
_SURNAMES = {
    "مرادی": "Moradi", "صالحی": "Salehi", "عابدینی": "Abedini", "شجاعی": "Shojaei", "موحدی": "Movahedi",
    "رحیمی": "Rahimi", "نجفی": "Najafi", "ایزدی": "Izadi", "عزیزی": "Azizi", "جلالی": "Jalali", "موسوی": "Mousavi",
    "صادقی": "Sadeghi", "یزدانی": "Yazdani", "زارعی": "Zarei", "طاهری": "Taheri", "اکبری": "Akbari", "نوروزی": "Nowruzi",
    "شریفی": "Sharifi", "سلیمانی": "Soleimani", "منصوری": "Mansouri", "نظری": "Nazari", "قربانی": "Ghorbani",
}


def _nisba(word: str, kb: KnowledgeBase) -> str | None:
    """A surname that is a given name with the nisba «ی» («محمدی» Mohammadi, «رضایی» Rezaei, «حسینی» Hosseini), or a
    common one the letters mislead (``_SURNAMES``); None for another word."""
    if word in _SURNAMES:
        return _SURNAMES[word]
    for suffix, latin in (("یی", "ei"), ("ئی", "ei"), ("ی", "i")):
        stem = word.removesuffix(suffix)
        if stem != word and len(stem) > 2:
            known = kb.given_names.get(stem)
            if known and known.isascii():
                return known + latin
    return None
