"""Stemming from several threads at once (the window's search, the answer memory's indexing
and the view jobs all stem): each thread must get the same stems as it would alone. Snowball
stemmers keep the word they work on in the object, so a shared one corrupted the other
thread's word (an IndexError surfaced in the window as a crash dialog during a search)."""
from __future__ import annotations

import sys
import threading

from app.services.content import nordic


def test_two_threads_stemming_at_once_get_what_each_would_get_alone():
    words = [f"skolerne{i}an" for i in range(30_000)] + [f"kommunernes{i}" for i in range(30_000)]
    plain_stem = nordic.stem.__wrapped__          # past the memo, so every call really stems
    expected = {word: plain_stem(word, "sv") for word in words}
    errors: list[str] = []
    wrong: list[str] = []

    def work(part: list[str]) -> None:
        try:
            wrong.extend(word for word in part if plain_stem(word, "sv") != expected[word])
        except Exception as exc:          # what a corrupted stemmer raises (IndexError)
            errors.append(repr(exc))

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)           # switch threads often, as a busy window does
    try:
        threads = [threading.Thread(target=work, args=(words[i::2],)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == [] and wrong == []
