#!/usr/bin/env python3
"""Cross-validation report for the attribution extractor.

usage: folds.py [--bin NEWSPROV] [--eval DIR] [--folds 5] [--save FILE] [--against FILE]

Runs `newsprov extract --jsonl` once on the train and dev gold files, splits the
train articles into folds by document (the i-th article goes to fold i mod N, so
the split is fixed and every fold is a fair sample), scores each fold with the
eval directory's score.py, and prints the train folds' mean and spread beside dev.

The rules are developed on train; dev is a check. A dev score more than 0.03
above the train mean says the rules were fitted to dev. Nothing from the gold
files is kept: they are read at run time from --eval (default ../shared/eval).

--save FILE writes the figures as JSON; --against FILE prints the change from a
saved run beside each figure.
"""
import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys

METRICS = [('all', 'content_exact'), ('all', 'content_overlap'), ('all', 'source_exact'), ('all', 'cue_exact'),
           ('dm', 'content_exact'), ('dm', 'source_exact'), ('dm', 'cue_exact')]
# the held-out floors of issue 17, for orientation (they judge unseen data, not these)
FLOORS = {('all', 'content_exact'): 0.58, ('all', 'source_exact'): 0.63, ('all', 'cue_exact'): 0.63,
          ('dm', 'content_exact'): 0.72, ('dm', 'source_exact'): 0.74}


def load_scorer(eval_dir):
    spec = importlib.util.spec_from_file_location('score', os.path.join(eval_dir, 'score.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def extract(binary, gold_path):
    out = subprocess.run([binary, 'extract', '--jsonl', gold_path], capture_output=True, check=True)
    pred = {}
    for line in out.stdout.decode('utf-8').splitlines():
        if line.strip():
            d = json.loads(line)
            pred[d['id']] = d
    return pred


def figures(scorer, gold, pred):
    res = {}
    for tag, kinds in (('all', None), ('dm', {'direct', 'mixed'})):
        t, _ = scorer.score(gold, pred, kinds)
        for k, v in t.items():
            res[(tag, k)] = v.prf()[2]
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--bin', default='build/gcc-release/tools/newsprov/newsprov')
    ap.add_argument('--eval', default='../shared/eval')
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--save')
    ap.add_argument('--against')
    args = ap.parse_args()

    scorer = load_scorer(args.eval)
    train_path = os.path.join(args.eval, 'polnear-train.jsonl')
    dev_path = os.path.join(args.eval, 'polnear-dev.jsonl')
    train = [json.loads(l) for l in open(train_path, encoding='utf-8') if l.strip()]
    dev = [json.loads(l) for l in open(dev_path, encoding='utf-8') if l.strip()]
    train_pred = extract(args.bin, train_path)
    dev_pred = extract(args.bin, dev_path)

    per_fold = [figures(scorer, train[i::args.folds], train_pred) for i in range(args.folds)]
    whole = figures(scorer, train, train_pred)
    dev_fig = figures(scorer, dev, dev_pred)
    old = None
    if args.against:
        with open(args.against, encoding='utf-8') as f:
            old = {tuple(k.split('/')): v for k, v in json.load(f).items()}

    print(f'{len(train)} train articles in {args.folds} folds, {len(dev)} dev articles')
    print(f'{"kinds":5s} {"metric":16s} {"folds mean":>10s} {"sd":>6s} {"min":>6s} {"train":>6s} {"dev":>6s} '
          f'{"dev-tr":>7s} {"floor":>6s}' + ('  change (train, dev)' if old else ''))
    saved = {}
    for key in METRICS:
        vals = [f[key] for f in per_fold]
        mean = statistics.mean(vals)
        sd = statistics.stdev(vals) if len(vals) > 1 else 0.0
        gap = dev_fig[key] - mean
        floor = FLOORS.get(key)
        line = (f'{key[0]:5s} {key[1]:16s} {mean:10.3f} {sd:6.3f} {min(vals):6.3f} {whole[key]:6.3f} '
                f'{dev_fig[key]:6.3f} {gap:+7.3f}{" !" if gap > 0.03 else "  "}'
                f'{(f"{floor:5.2f}") if floor else "":>5s}')
        if old and f'{key[0]}/{key[1]}' in {f'{a}/{b}' for a, b in old}:
            o = old[key]
            line += f'  {whole[key] - o["train"]:+.4f} {dev_fig[key] - o["dev"]:+.4f}'
        print(line)
        saved[f'{key[0]}/{key[1]}'] = {'folds_mean': mean, 'sd': sd, 'train': whole[key], 'dev': dev_fig[key]}
    if args.save:
        with open(args.save, 'w', encoding='utf-8') as f:
            json.dump(saved, f, indent=1)
    return 0


if __name__ == '__main__':
    sys.exit(main())
