"""``tag_tokens``: BIO tags for token lists, robust to lost ZWNJ and Arabic letters."""

from __future__ import annotations

import pytest

from rayzan.ner import tag_tokens
from rayzan.ner.spans import bio_spans

ZWNJ = "\u200c"

# "Iran's foreign minister Abbas Araghchi met his Omani counterpart in Tehran on Monday."
SENTENCE = "عباس عراقچی وزیر امور خارجه ایران روز دوشنبه در تهران با همتای عمانی خود دیدار کرد .".split()
# "The Islamic Consultative Assembly's spokesmen said the negotiations are continuing."
WITH_ZWNJ = f"سخنگویان مجلس شورای اسلامی گفتند مذاکرات با آژانس بین{ZWNJ}المللی انرژی اتمی ادامه می{ZWNJ}یابد .".split()


def _entities(tokens: list[str]) -> set[tuple[str, str]]:
    tags = tag_tokens([tokens])[0]
    return {(" ".join(tokens[s:e]), kind) for s, e, kind in bio_spans(tags)}


def test_ner_tag_tokens_finds_person_and_places() -> None:
    found = _entities(SENTENCE)
    assert ("عباس عراقچی", "PER") in found
    assert ("تهران", "LOC") in found


@pytest.mark.parametrize(
    "corrupt",
    [
        pytest.param(lambda t: t.replace(ZWNJ, ""), id="zwnj-stripped"),  # بینالمللی, میشود
        pytest.param(lambda t: t.replace(ZWNJ, " "), id="zwnj-as-space"),  # PEYMA's own spelling: بین المللی
        pytest.param(lambda t: t.replace("ی", "ي").replace("ک", "ك"), id="arabic-letters"),
        pytest.param(lambda t: t.replace("ی", "ى").replace("ه", "ة"), id="alef-maksura-and-teh-marbuta"),
    ],
)
def test_ner_tag_tokens_same_tags_for_corrupted_spelling(corrupt) -> None:
    for tokens in (SENTENCE, WITH_ZWNJ):
        assert tag_tokens([[corrupt(t) for t in tokens]]) == tag_tokens([tokens])


def test_ner_tag_tokens_keeps_shape_and_uses_bio_prefixes() -> None:
    sentences = [SENTENCE, [], ["بین المللی"], WITH_ZWNJ]  # an empty sentence and a token with a space
    tagged = tag_tokens(sentences)
    assert [len(t) for t in tagged] == [len(s) for s in sentences]
    for tags in tagged:
        for i, tag in enumerate(tags):
            assert tag == "O" or tag[:2] in ("B-", "I-")
            if tag.startswith("I-"):  # never an I- that does not continue its entity
                assert tags[i - 1][2:] == tag[2:]


def test_ner_tag_tokens_multi_token_organisation() -> None:
    found = _entities(WITH_ZWNJ)
    assert any(kind == "ORG" and "آژانس" in text for text, kind in found), found


def test_ner_tag_tokens_reads_a_huge_input_in_bounded_blocks(monkeypatch) -> None:
    # A page scraped without punctuation is thousands of 3,000-character sentences: the network and
    # the CRF's features see at most ~20k tokens at once (4.4 GB of memory for 1M tokens before).
    from rayzan.ner.model import NerModel, default_model

    seen: list[int] = []
    real = NerModel._tag_block

    def spy(self, sentences):
        seen.append(sum(map(len, sentences)))
        return real(self, sentences)

    monkeypatch.setattr(NerModel, "_tag_block", spy)
    sentence = ["عراقچی", "با", "لاوروف", "در", "مسکو", "دیدار", "کرد"] * 200  # 1,400 tokens
    tags = default_model().tag([sentence] * 40)
    assert len(tags) == 40 and all(len(t) == len(sentence) for t in tags)
    assert len(seen) > 1 and max(seen) <= 20_000 and sum(seen) == 40 * len(sentence)
    assert tags[0][:5] == ["B-PER", "O", "B-PER", "O", "B-LOC"]
