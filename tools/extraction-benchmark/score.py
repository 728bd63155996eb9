#!/usr/bin/env python3
"""Scores body extraction on scrapinghub/article-extraction-benchmark with the benchmark's own evaluate.py.

usage: score.py DIR [--worst N] [--against NAME]

DIR is the benchmark's folder as its repository lays it out: evaluate.py, ground-truth.json, output/NAME.json
(`readout bench-extract DIR` writes output/readout.json and output/readability4j.json). The metric is the one
evaluate.py computes, imported from DIR/evaluate.py, not copied: per page, 4-token shingles' true and false
positives and false negatives (normalised so that every page weighs the same); F1 = 2PR/(P+R) of the mean
precision and mean recall (the benchmark's headline figure). Printed as well: the mean and median of the pages'
own F1, the worst pages of output/readout.json, the pages where Readout returns less than half the tokens
that Readability4J alone returns (output/readability4j.json), and those where it finds less than half the ground
truth's shingles that Readability4J finds (recall).
"""
import argparse
import importlib.util
import json
import statistics
import sys
from pathlib import Path


def load_evaluate(bench: Path):
    spec = importlib.util.spec_from_file_location('aeb_evaluate', bench / 'evaluate.py')
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page_f1(ev, tp_fp_fn):
    p = ev.precision_score(*tp_fp_fn)
    r = ev.recall_score(*tp_fp_fn)
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('dir', type=Path)
    parser.add_argument('--worst', type=int, default=10, help='how many of the worst pages to list (default 10)')
    parser.add_argument('--against', default='readability4j', help='the output compared page by page (default readability4j)')
    args = parser.parse_args()
    ev = load_evaluate(args.dir)
    truth = ev.load_json(args.dir / 'ground-truth.json')

    per_page = {}
    print(f'{"":<20} {"F1":>6} {"P":>6} {"R":>6} {"mean F1":>8} {"median F1":>9}   (F1, P, R as evaluate.py; then per page)')
    for path in sorted((args.dir / 'output').glob('*.json')):
        prediction, _ = ev.load_prediction(path)
        if prediction.keys() != truth.keys():
            print(f'{path.stem:<20} skipped: its pages are not the ground truth\'s', file=sys.stderr)
            continue
        tp_fp_fns = {key: ev.string_shingle_matching(true=truth[key].get('articleBody', ''),
                                                     pred=prediction[key].get('articleBody', '') or '')
                     for key in truth}
        m = ev.metrics_from_tp_fp_fns(list(tp_fp_fns.values()))
        f1s = {key: page_f1(ev, t) for key, t in tp_fp_fns.items()}
        per_page[path.stem] = (prediction, f1s)
        print(f'{path.stem:<20} {m["f1"]:.3f} {m["precision"]:.3f} {m["recall"]:.3f}'
              f' {statistics.mean(f1s.values()):>8.3f} {statistics.median(f1s.values()):>9.3f}')

    if 'readout' not in per_page:
        return
    prediction, f1s = per_page['readout']
    print(f'\nworst {args.worst} pages of readout (F1, tokens returned / in the ground truth, url):')
    for key in sorted(f1s, key=lambda k: (f1s[k], k))[:args.worst]:
        got = len(ev._tokenize(prediction[key].get('articleBody', '')))
        want = len(ev._tokenize(truth[key].get('articleBody', '')))
        print(f'  {f1s[key]:.3f} {got:>6}/{want:<6} {key[:12]} {truth[key].get("url", "")}')
    if args.against in per_page:
        other, other_f1s = per_page[args.against]
        short = [key for key in truth
                 if len(ev._tokenize(prediction[key].get('articleBody', '')))
                 < 0.5 * len(ev._tokenize(other[key].get('articleBody', '') or ''))]
        print(f'\npages where readout returns less than half the tokens {args.against} returns: {len(short)}')
        for key in short:
            print(f'  readout {f1s[key]:.3f} {args.against} {other_f1s[key]:.3f} {key[:12]} {truth[key].get("url", "")}')
        recalls = {key: ev.recall_score(*ev.string_shingle_matching(true=truth[key].get('articleBody', ''),
                                                                   pred=prediction[key].get('articleBody', '')))
                   for key in truth}
        other_recalls = {key: ev.recall_score(*ev.string_shingle_matching(true=truth[key].get('articleBody', ''),
                                                                         pred=other[key].get('articleBody', '') or ''))
                         for key in truth}
        lost = [key for key in truth if recalls[key] < 0.5 * other_recalls[key]]
        print(f'pages where readout finds less than half the ground truth that {args.against} finds (recall): {len(lost)}')
        for key in lost:
            print(f'  readout {recalls[key]:.3f} {args.against} {other_recalls[key]:.3f} {key[:12]} {truth[key].get("url", "")}')
        better = sum(f1s[k] > other_f1s[k] + 1e-9 for k in truth)
        worse = sum(f1s[k] < other_f1s[k] - 1e-9 for k in truth)
        print(f'pages where readout scores better than {args.against}: {better}, worse: {worse}')


if __name__ == '__main__':
    main()
