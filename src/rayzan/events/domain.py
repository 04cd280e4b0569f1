"""What an article is about, where it changes what a trigger means.

Sports reporting is written in the words of politics: «دیدار» is a match, «پیروزی» a
win, «قرارداد» a player's contract, «حمله» an attack on goal, and a country's name is its
team («برزیل به مصاف آرژانتین رفت»).  In a news archive (Fars News files one article in
eight under sport) these became confident CONSULT, AGREE and ASSAULT events.  An article
that is mostly sports vocabulary yields no events.
"""

from __future__ import annotations

from rayzan.document import Document
from rayzan.events.slots import WORD
from rayzan.events.words import SPORT_WORDS

# At least this many sports words, this many different ones, and this share of all words.
# Chosen on the Fars News files (their category says which articles are sport): 42 of the 47
# filed under sport and 35 sports articles filed elsewhere are found, and none of the
# political ones, nor any article of the events development set.
SPORT_HITS, SPORT_DISTINCT, SPORT_SHARE = 3, 2, 0.02


# Words are counted a block of text at a time: the list of every word of a huge page held
# 11 bytes per byte of text (a string object for each word), the events stage's largest allocation.
_BLOCK = 1 << 16


def sports_article(doc: Document) -> bool:
    """Is the article about sport (by its vocabulary)?"""
    text = doc.text
    words = hits = 0
    distinct: set[str] = set()
    start = 0
    while start < len(text):
        # a block ends at a space, so that no word is cut in two
        end = text.find(" ", start + _BLOCK)
        end = len(text) if end < 0 else end
        block = WORD.findall(text, start, end)
        words += len(block)
        found = [w for w in block if w in SPORT_WORDS]
        hits += len(found)
        distinct.update(found)
        start = end
    return hits >= SPORT_HITS and len(distinct) >= SPORT_DISTINCT and hits >= SPORT_SHARE * words
