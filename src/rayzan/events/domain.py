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


def sports_article(doc: Document) -> bool:
    """Is the article about sport (by its vocabulary)?"""
    words = WORD.findall(doc.text)
    hits = [w for w in words if w in SPORT_WORDS]
    return len(hits) >= SPORT_HITS and len(set(hits)) >= SPORT_DISTINCT and len(hits) >= SPORT_SHARE * len(words)
