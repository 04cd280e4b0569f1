"""The helpers' tags by id (``stacking.py``) give the very scores their strings give."""

from __future__ import annotations

import numpy as np
import pytest

from rayzan.ner.model import default_model
from rayzan.ner.stacking import merge_ids

SENTENCES = [
    # "Iran's foreign minister Abbas Araghchi met his Omani counterpart in Tehran on Monday."
    "عباس عراقچی وزیر امور خارجه ایران روز دوشنبه در تهران با همتای عمانی خود دیدار کرد .".split(),
    # "The spokesman of the Islamic Consultative Assembly said on 12 Mordad 1403 ..." (a date, a number)
    "سخنگوی مجلس شورای اسلامی روز ۱۲ مرداد ۱۴۰۳ گفت ۲۵ درصد بودجه به سازمان ملل متحد رسید".split(),
    ["تهران"],  # one token: every neighbour is BOS or EOS
    [],  # an empty sentence contributes no token
    # "Putin and Erdogan met in Sochi." (names from the knowledge base)
    "ولادیمیر پوتین و رجب طیب اردوغان در سوچی دیدار کردند .".split(),
]


def test_ner_stacking_merge_ids_lays_out_each_token() -> None:
    counts = np.array([2, 0, 1])
    own = np.array([10, 11, 12])
    dense = [np.array([1, 2, 3]), np.array([4, 5, 6])]
    flat, starts = merge_ids(counts, own, dense, first=False)
    assert flat.tolist() == [10, 11, 1, 4, 2, 5, 12, 3, 6] and starts.tolist() == [0, 4, 6]
    flat, starts = merge_ids(counts, own, dense, first=True)
    assert flat.tolist() == [1, 4, 10, 11, 2, 5, 3, 6, 12] and starts.tolist() == [0, 4, 6]


def test_ner_stacking_ids_give_the_strings_scores() -> None:
    model = default_model()
    if model.neural is None or model.main is None:
        pytest.skip("only the neural path reads the ids")
    space, ids = model.space, model._tag_ids
    keys, dynamic, columns = model._helper_tags(SENTENCES)
    matches = [space.name_matches(k) for k in keys]
    tags = ids.tags(columns)

    by_strings = [[list(f) for f in d] for d in dynamic]
    model._add_context(keys, by_strings, columns, matches)
    by_ids = [[list(f) for f in d] for d in dynamic]
    for k, d, m in zip(keys, by_ids, matches):
        space.add_names(d, k, m)
    expected = model.main.emissions_windowed(keys, by_strings, space.units, space.WINDOW)
    dense = ids.crf_ids(tags, [len(k) for k in keys])
    got = model.main.emissions_windowed(keys, by_ids, space.units, space.WINDOW, dense)
    assert got.tobytes() == expected.tobytes()  # the same floats, not only close ones

    network = model.neural
    _, expected_bag = network._inputs(keys, model._signals(keys, columns, matches), model.word_signals)
    _, bag = network._inputs(keys, model._signals(keys, [], matches), model.word_signals, ids.signal_ids(tags))
    assert bag.tobytes() == expected_bag.tobytes()
