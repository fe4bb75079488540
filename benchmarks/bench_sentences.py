"""How fast a corpus is split into sentences, against counting its words.

Run it with `python benchmarks/bench_sentences.py` (or `make bench`). On the
1M-word corpus of `scale.py` (100 files) it times, in seven pairs run back to
back:

- the baseline: read the files, count their words (`re.findall` + `Counter`);
- the workbook: load the texts and split every one into sentences.

Target: the workbook at least 0.5 times the baseline's speed (median of the
pairs' ratios). It then checks that sentences are split once per text, when
first asked for, and that every tool uses that one split: a second look
costs nothing, and the Tagger, the SpanTagger and `attribution` do not split
again. NLTK is not loaded by any of it.
"""

import statistics
import sys
import tempfile
import time

from scale import Report, make_corpus, plain_count, seconds, spread

from narratives import texts

TARGET, PAIRS, WORDS = 0.5, 7, 1_000_000


def split_all(folder):
    corpus = texts.load(folder)
    return sum(len(text.sentences) for text in corpus)


def main():
    report = Report(f"Sentences: {WORDS:,} words in {WORDS // 10_000} files")
    with tempfile.TemporaryDirectory(prefix="bench-sentences-") as folder:
        make_corpus(folder, WORDS)
        count = split_all(folder)
        pairs = []
        for n in range(PAIRS):   # which goes first alternates: both meet the same load
            if n % 2:
                ours, plain = seconds(split_all, folder), seconds(plain_count, folder)
            else:
                plain, ours = seconds(plain_count, folder), seconds(split_all, folder)
            pairs.append((plain, ours))
        report.line("baseline: read + re.findall + Counter", spread([p for p, _ in pairs]), "s")
        report.line(f"texts.load + split into sentences ({count:,})",
                    spread([o for _, o in pairs]), "s")
        ratios = [p / o for p, o in pairs]
        report.line("  speed against the baseline (min/median/max)", spread(ratios), "x",
                    f">= {TARGET}", statistics.median(ratios) >= TARGET)

        # Once per text, when first asked for, and shared by every tool.
        corpus = texts.load(folder)
        text = corpus[0]
        before = "sentences" in vars(text)
        start = time.perf_counter()
        first = text.sentences
        split_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        again = text.sentences
        again_ms = (time.perf_counter() - start) * 1000
        report.line("one text: first look / second look", f"{split_ms:.2f} / {again_ms:.4f}",
                    "ms", "split once", not before and again is first and again_ms < split_ms / 20)
        from narratives.claims.attribution import attribution
        from narratives.tagging.tagger import Tagger
        from narratives.techniques.spantagger import SpanTagger

        calls = []
        real = texts.sentences.sentence_spans

        def counting(*args, **kwargs):
            calls.append(args)
            return real(*args, **kwargs)
        texts.sentences.sentence_spans = counting
        try:
            with tempfile.TemporaryDirectory() as work:
                Tagger(corpus, annotator="bench", folder=work)
                tagger_splits = len(calls)
                SpanTagger(corpus, annotator="bench", folder=work)
                attribution(text, *first.span(3))
                [t.sentences for t in corpus]
        finally:
            texts.sentences.sentence_spans = real
        lines = sum(len(t.content_spans) for t in corpus)
        report.line("splits: Tagger / + SpanTagger, attribution, again", f"{tagger_splits} / "
                    f"{len(calls)}", "lines", f"= {lines - len(text.content_spans)}",
                    tagger_splits == len(calls) == lines - len(text.content_spans),
                    "(each line of each text once; the first text was split above)")
        report.line("NLTK loaded", str("nltk" in sys.modules), "", "False",
                    "nltk" not in sys.modules)
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
