#!/usr/bin/python3
"""tools/scale-out/dask_extract.py on a LocalCluster of 2 workers equals one process.

Usage: dask_extract_test.py NEWSPROV [SHARED_DIR]

A corpus of records of our own (plus PolNeAR dev from SHARED_DIR/eval, read at
run time, when it is there) is written as uneven shards in a temporary folder;
the recipe runs over them with one partition per shard and with small slices;
each merged result must equal, byte for byte, `newsprov extract --jsonl` over
the whole corpus in one process, sorted by id. Exit 77 (skipped) without
python3-distributed.
"""
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RECIPE = os.path.join(HERE, '..', '..', 'tools', 'scale-out', 'dask_extract.py')

SPEAKERS = ['Rosa Almeida', 'the mayor of Lisbon', 'a ministry spokesman', 'Tom Baker', 'the port authority']
CLAIMS = ['the bridge would reopen in May', 'ferry fares will rise by 3 percent',
          'about 1,200 people had been moved from the riverside', 'the talks were useful but unfinished']


def own_records(count, seed=7):
    rng = random.Random(seed)
    records = []
    for i in range(count):
        parts = []
        for _ in range(rng.randint(1, 5)):
            who, what = rng.choice(SPEAKERS), rng.choice(CLAIMS)
            parts.append(rng.choice([f'{who} said {what}.', f'"{what.capitalize()}," {who} said.',
                                     f'According to {who}, {what}.']))
        records.append({'id': f'own-{i:04d}', 'text': ' '.join(parts)})
    return records


def corpus(shared_dir):
    records = own_records(150)
    dev = os.path.join(shared_dir, 'eval', 'polnear-dev.jsonl') if shared_dir else ''
    if dev and os.path.exists(dev):
        with open(dev, encoding='utf-8') as f:
            for line in f:
                r = json.loads(line)
                records.append({'id': r['id'], 'text': r['text']})
    random.Random(3).shuffle(records)
    return records


def sorted_by_id(data):
    lines = data.splitlines(keepends=True)
    return b''.join(sorted(lines, key=lambda l: str(json.loads(l)['id'])))


def main(argv):
    try:
        import distributed  # noqa: F401
    except ImportError:
        print('skipped: python3-distributed is not installed')
        return 77
    newsprov = os.path.abspath(argv[1])
    shared = argv[2] if len(argv) > 2 else ''
    records = corpus(shared)
    with tempfile.TemporaryDirectory() as tmp:
        whole = os.path.join(tmp, 'all.jsonl')
        with open(whole, 'w', encoding='utf-8') as f:
            for r in records:
                f.write(json.dumps(r) + '\n')
        # uneven shards: 1, then growing
        shards, at, size = [], 0, 1
        while at < len(records):
            path = os.path.join(tmp, f'shard-{len(shards):02d}.jsonl')
            with open(path, 'w', encoding='utf-8') as f:
                for r in records[at:at + size]:
                    f.write(json.dumps(r) + '\n')
            shards.append(path)
            at, size = at + size, size * 2 + 3
        single = subprocess.run([newsprov, 'extract', '--jsonl', whole], stdout=subprocess.PIPE, check=True).stdout
        expected = sorted_by_id(single)
        if expected.count(b'\n') != len(records):
            print('FAIL: the single-process run did not give one line per record')
            return 1
        for extra in ([], ['--lines-per-partition', '7']):
            out = os.path.join(tmp, 'merged.jsonl')
            subprocess.run([sys.executable, RECIPE, '--newsprov', newsprov, '--local-workers', '2',
                            '--out', out, *extra, *shards], check=True)
            with open(out, 'rb') as f:
                merged = f.read()
            if merged != expected:
                print(f'FAIL: the Dask run {extra} differs from one process ({len(merged)} vs {len(expected)} bytes)')
                return 1
            print(f'ok: {len(records)} records in {len(shards)} shards {extra or "(one partition per shard)"}: '
                  f'{len(merged)} bytes, identical to one process')
        # a record without an id is refused at the merge (ids by line number clash across partitions)
        noid = os.path.join(tmp, 'noid.jsonl')
        with open(noid, 'w', encoding='utf-8') as f:
            f.write(json.dumps({'text': 'Ana said it rained.'}) + '\n')
        clash = subprocess.run([sys.executable, RECIPE, '--newsprov', newsprov, '--local-workers', '2',
                                '--out', os.path.join(tmp, 'x.jsonl'), noid, noid], stderr=subprocess.PIPE)
        if clash.returncode != 2 or b'duplicate id' not in clash.stderr:
            print('FAIL: clashing ids were not refused')
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
