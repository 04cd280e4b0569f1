"""Tokenisation and sentence-splitting accuracy: Rayzan beside Hazm, Rishe and Parsivar, in one run.

    .venv-bench/bin/python bench/segment.py [--split report] [--per-paragraph 6] [--errors N]

Gold: PerDT's treebank (``bench/corpora.py``; ``report`` half by default), which gives each
sentence's text and its surface tokens (a multiword token such as a verb with a clitic counts
once, as written).

* **Tokens**: each sentence is given to each tool as it is (``clean``) and with every ZWNJ
  written as a space (``spaced``; lost with letters joined, it changes no token); a predicted token is
  right when it covers exactly the characters of a gold token (``کتاب ها`` must come out
  as the one token ``کتاب‌ها``).  F1 over tokens.
* **Sentences**: consecutive sentences are joined with a space into paragraphs of
  ``--per-paragraph`` sentences; every sentence end inside a paragraph is a gold boundary.
  Precision, recall and F1 over boundaries; ``glued``: F1 when they are joined with no space
  (``دستگیر شد.وی گفت``), as scraped news often writes them.

Tools change characters as they normalise (``ي`` to ``ی``, digits, ``...`` to ``…``), so
spans are compared on a *skeleton*: the text without spaces, ZWNJ and marks, with letter,
digit and punctuation variants folded alike.  A tool's tokens are found in order on that
skeleton; one that cannot be placed within a few characters counts as wrong.  Each tool
runs its full job as a user would call it: Rayzan ``normalize`` + ``tokenize`` /
``split_sentences``; Hazm and Rishe ``Normalizer().normalize`` + ``word_tokenize`` /
``sent_tokenize`` (verb parts not joined: PerDT writes ``شده است`` as two tokens); Parsivar ``Normalizer().normalize`` + ``Tokenizer().tokenize_words`` /
``tokenize_sentences``.  An anchor missing from the interpreter is skipped.

Conventions differ and the figures say so honestly: PerDT writes a multiword verb (``رخ
داد``) as two tokens and Rayzan does too, but splits ``(ص)`` into three.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from corpora import DATA, split_of

from rayzan.document import Section
from rayzan.text import normalize, split_sentences, tokenize

_FOLD = str.maketrans(
    {
        **{c: "ی" for c in "يىئ"},
        "ك": "ک",
        "ة": "ه",
        "ۀ": "ه",
        "أ": "ا",
        "إ": "ا",
        "ٱ": "ا",
        **{d: str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")},
        **{d: str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")},
        "?": "؟",
        ",": "،",
        ";": "؛",
        "٫": ".",
        "٬": ",",
        "…": "...",
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
    }
)
# "_" joins the parts of a token some tools build from two words (شده_است): its span covers both.
_DROP = re.compile("[_\\s\u200c\u200b\u200d\u200e\u200f\u0640\u064b-\u065f\u0670]+")
_SLACK = 3  # characters a token may be found past where the last one ended (a dropped mark)


def skeleton(text: str) -> str:
    return _DROP.sub("", text.translate(_FOLD))


@dataclass
class Sentence:
    text: str
    tokens: list[str]  # surface tokens, as written


def perdt_sentences(split: str) -> Iterator[Sentence]:
    """PerDT sentences of ``split`` with their surface tokens.  A range line (``3-5 چیست؟``)
    stands for its words as written, but for punctuation it takes in (``چی ست ؟``): the
    treebank folds a final ``؟`` or ``.`` into the verb's range, and a tokeniser is right
    to keep it apart."""
    sent_id, text = "", ""
    tokens: list[str] = []
    group: list[str] = []  # range surface, then the forms and tags of its words
    group_end = 0
    with open(DATA / "treebank/perdt/fa_perdt-ud-dev.conllu", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# sent_id = "):
                sent_id = line[12:].strip()
            elif line.startswith("# text = "):
                text = line[9:]
            elif not line:
                if text and (split == "all" or split_of("perdt", sent_id).startswith(split)):
                    yield Sentence(text, tokens)
                text, tokens, group_end = "", [], 0
            elif not line.startswith("#"):
                number, form, _, tag = line.split("\t", 4)[:4]
                if "-" in number:
                    group, group_end = [form], int(number.split("-")[1])
                elif "." not in number and int(number) <= group_end:
                    group.append((form, tag))
                    if int(number) == group_end:
                        tokens.extend(_range_tokens(group[0], group[1:]))
                elif "." not in number:
                    tokens.append(form)


def _range_tokens(surface: str, words: list[tuple[str, str]]) -> list[str]:
    tail: list[str] = []
    while words and words[-1][1] == "PUNCT" and surface.endswith(words[-1][0]) and len(surface) > len(words[-1][0]):
        tail.insert(0, words[-1][0])
        surface = surface[: -len(words[-1][0])]
        words = words[:-1]
    return [surface, *tail]


def spans(pieces: Sequence[str], text_skeleton: str) -> list[tuple[int, int] | None]:
    """Skeleton spans of ``pieces`` found in order (None: could not be placed)."""
    out: list[tuple[int, int] | None] = []
    pos = 0
    for piece in pieces:
        key = skeleton(piece)
        if not key:
            continue
        at = text_skeleton.find(key, pos)
        if at < 0 or at - pos > _SLACK:
            out.append(None)
            continue
        out.append((at, at + len(key)))
        pos = at + len(key)
    return out


@dataclass
class Score:
    right: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: set, gold: set) -> None:
        self.right += len(predicted & gold)
        self.predicted += len(predicted)
        self.gold += len(gold)

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tool:
    words: Callable[[str], list[str]]
    sentences: Callable[[str], list[str]]


def rayzan_tool() -> Tool:
    def words(text: str) -> list[str]:
        norm = normalize(text)
        return [token.text for token in tokenize(norm)]

    def sentences(text: str) -> list[str]:
        norm = normalize(text)
        return [norm[s.start : s.end] for s in split_sentences(norm, (Section("paragraph", 0, len(norm)),))]

    return Tool(words, sentences)


def anchors() -> dict[str, Tool]:
    tools: dict[str, Tool] = {}
    # Rishe keeps Hazm's interface: one recipe for both.
    for name in ("hazm", "rishe"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            print(f"{name} not installed: skipped", file=sys.stderr)
            continue
        norm = module.Normalizer()
        words = module.WordTokenizer(join_verb_parts=False)  # PerDT's convention: شده است is two tokens
        tools[name] = Tool(
            lambda t, norm=norm, words=words: words.tokenize(norm.normalize(t)),
            lambda t, norm=norm, module=module: module.sent_tokenize(norm.normalize(t)),
        )
    try:
        import parsivar

        parsivar_norm, parsivar_tok = parsivar.Normalizer(), parsivar.Tokenizer()
        tools["parsivar"] = Tool(
            lambda t: parsivar_tok.tokenize_words(parsivar_norm.normalize(t)),
            lambda t: parsivar_tok.tokenize_sentences(parsivar_norm.normalize(t)),
        )
    except ImportError:
        print("parsivar not installed: skipped", file=sys.stderr)
    return tools


# The text as given to the tools: as written, or with ZWNJ lost as scraped text loses it
# (a ZWNJ-joined word is still one gold token: ``کتاب ها`` must come out as ``کتاب‌ها``).
INPUTS: dict[str, Callable[[str], str]] = {
    "clean": lambda t: t,
    "spaced": lambda t: t.replace("\u200c", " "),
}


def token_score(
    tool: Tool, sentences: Sequence[Sentence], corrupt: Callable[[str], str], errors: list[str] | None = None
) -> Score:
    score = Score()
    for sentence in sentences:
        sk = skeleton(sentence.text)
        gold = {s for s in spans(sentence.tokens, sk) if s is not None}
        found = spans(tool.words(corrupt(sentence.text)), sk)
        # Unplaceable tokens are wrong: give each a span no gold token has.
        predicted = {s if s is not None else (-1 - i, -1) for i, s in enumerate(found)}
        score.add(predicted, gold)
        if errors is not None and predicted != gold:
            missed = sorted(gold - predicted)
            errors.append(" ".join(sk[a:b] for a, b in missed) + "\t<- " + sentence.text)
    return score


def paragraphs(sentences: Sequence[Sentence], size: int) -> Iterator[list[str]]:
    for i in range(0, len(sentences), size):
        yield [s.text for s in sentences[i : i + size]]


def sentence_score(
    tool: Tool, sentences: Sequence[Sentence], size: int, glue: str = " ", errors: list[str] | None = None
) -> Score:
    score = Score()
    for group in paragraphs(sentences, size):
        text = glue.join(group)
        sk = skeleton(text)
        gold_spans = spans(group, sk)
        gold = {s[1] for s in gold_spans[:-1] if s is not None}
        found = spans(tool.sentences(text), sk)
        predicted = {s[1] if s is not None else -1 - i for i, s in enumerate(found[:-1])}
        score.add(predicted, gold)
        if errors is not None and predicted != gold:
            errors.append(f"missed {sorted(gold - predicted)} extra {sorted(predicted - gold)}\t{text}")
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="report", help="PerDT half: report (default), tune, all")
    parser.add_argument("--per-paragraph", type=int, default=6, help="sentences joined into one paragraph")
    parser.add_argument("--errors", type=int, default=0, help="print up to N of Rayzan's errors of each kind")
    args = parser.parse_args()
    sentences = list(perdt_sentences(args.split))
    tools = {"rayzan": rayzan_tool(), **anchors()}
    print(f"PerDT {args.split}: {len(sentences)} sentences, {sum(len(s.tokens) for s in sentences)} tokens")
    print(
        "tokens F1 by input (clean: as written; spaced: every ZWNJ written as a space); sentence ends P, R, F1,"
        " and F1 with no space after a sentence's end (glued: شد.وی, as scraped news has it)"
    )
    print(f"{'tool':9} {'clean':>6} {'spaced':>7}   {'sentence P':>10} {'R':>6} {'F1':>6}   {'glued':>6}")
    for name, tool in tools.items():
        token_errors: list[str] | None = [] if name == "rayzan" and args.errors else None
        sentence_errors: list[str] | None = [] if name == "rayzan" and args.errors else None
        f1 = {
            label: token_score(tool, sentences, corrupt, token_errors if label == "clean" else None).f1
            for label, corrupt in INPUTS.items()
        }
        ends = sentence_score(tool, sentences, args.per_paragraph, " ", sentence_errors)
        glued = sentence_score(tool, sentences, args.per_paragraph, "")
        print(
            f"{name:9} {f1['clean']:6.3f} {f1['spaced']:7.3f}"
            f"   {ends.precision:10.3f} {ends.recall:6.3f} {ends.f1:6.3f}   {glued.f1:6.3f}"
        )
        for line in (token_errors or [])[: args.errors] + (sentence_errors or [])[: args.errors]:
            print("  ", line)


if __name__ == "__main__":
    main()
