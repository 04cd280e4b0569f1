"""The document model through the first stages: sections, sentences, offsets."""

from __future__ import annotations

from rayzan.document import ArticleMeta, Block
from rayzan.pipeline import SEGMENT, Pipeline, build_document
from rayzan.text.offsets import apply_edits


def test_pipeline_seed_sections_and_sentences(seed_text: str) -> None:
    import rayzan

    doc = rayzan.analyze(seed_text)
    kinds = [s.kind for s in doc.sections]
    assert kinds[:3] == ["title", "lead", "heading"] and kinds.count("item") == 4
    texts = [doc.text[s.start : s.end] for s in doc.sentences]
    # A heading without a period is a sentence; so is each bullet, without its «- ».
    assert texts[2] == "گفتگوهای ایران و روسیه در مسکو"
    assert any(t.startswith("بررسی آخرین وضعیت بحران غزه") for t in texts)
    assert len(doc.text.split("\n")) == len([line for line in seed_text.splitlines() if line.strip()])


def test_pipeline_offsets_map_back_to_raw() -> None:
    raw = "سفير  ايران\u0640\u0640 در مسكو ، ديدار كرد ."
    doc = Pipeline(stages=(SEGMENT,)).analyze(ArticleMeta("t"), [Block("title", "عنوان"), Block("paragraph", raw)])
    for token in doc.tokens:
        start, end = doc.to_raw(token.start, token.end)
        original = doc.raw[start:end]
        # The raw span holds the same word, up to the letters the normaliser mapped.
        assert original.replace("ي", "ی").replace("ك", "ک").replace("\u0640", "") == token.text


def test_pipeline_document_is_frozen_and_evolves() -> None:
    doc = build_document(ArticleMeta("x"), [Block("title", "عنوان")])
    changed = doc.evolve(tokens=())
    assert changed is not doc and doc.text == changed.text
    try:
        doc.text = "x"  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("Document must be immutable")


def test_offsets_apply_edits_round_trip() -> None:
    raw = "ab--cd  ef"
    text, omap = apply_edits(raw, [(2, 4, ""), (6, 8, " ")])
    assert text == "abcd ef"
    assert [raw[slice(*omap.span_to_raw(i, i + 1))] for i in range(len(text))] == ["a", "b", "c", "d", "  ", "e", "f"]
    assert omap.span_to_raw(0, len(text)) == (0, len(raw))


def test_pipeline_python_api_keeps_the_size_limit(monkeypatch) -> None:
    # rayzan.analyze refuses what `rayzan analyze FILE` would: RAYZAN_MAX_BYTES, UTF-8 bytes counted.
    import pytest

    import rayzan
    from rayzan.errors import InputError

    monkeypatch.setenv("RAYZAN_MAX_BYTES", "1k")
    text = "عراقچی با لاوروف دیدار کرد. " * 40  # 1,120 characters, ~2 kB
    with pytest.raises(InputError, match=r"<text>: text is 2(\.\d)? kB, over the 1 kB limit"):
        rayzan.analyze(text)
    with pytest.raises(InputError, match="<dict>: text is"):
        rayzan.analyze({"title": "دیدار", "paragraphs": [text]})
    assert rayzan.analyze("عراقچی با لاوروف در مسکو دیدار کرد.").events


def test_pipeline_python_api_can_leave_zwnj_alone() -> None:
    # The Python twin of `--no-zwnj` (the README's `rayzan.analyze(text, zwnj=False)`).
    import rayzan

    text = "دیدار در تهران\nاین رایزنیها نشاندهنده اهمیت همکاریهای منطقهای است."
    assert "رایزنی\u200cها" in rayzan.analyze(text).text
    kept = rayzan.analyze(text, zwnj=False)
    assert "رایزنیها نشاندهنده" in kept.text and "\u200c" not in kept.text
    assert "رایزنی\u200cها" in rayzan.analyze(text).text  # the shared pipeline is left as it was
