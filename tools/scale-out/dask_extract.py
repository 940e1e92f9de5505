#!/usr/bin/python3
"""newsprov extract --jsonl over a sharded corpus, on a Dask distributed cluster.

Each partition (a shard file, or a slice of --lines-per-partition lines of one)
is piped through `newsprov extract --jsonl` on a worker; the client gathers the
partitions' output, sorts the lines by article id and writes them. The result
is byte for byte what one process gives for the same records, sorted by id.

Why the command is the unit of distribution: extraction is stateless per
article (nothing learnt from one article is used for the next), so any split
of the records gives the same lines; and the command's memory is bounded by
the longest paragraph it holds, not by the corpus, so a worker needs no more
memory for a big shard than for a small one. No C++ runs inside Python: a
worker only needs the `newsprov` binary.

    # here, two local worker processes (what CI runs)
    dask_extract.py --newsprov build/gcc-release/tools/newsprov/newsprov --local-workers 2 \\
        --out extracted.jsonl corpus/shard-*.jsonl
    # on a cluster: start `dask scheduler` on one machine and `dask worker tcp://HOST:8786`
    # on each of the others (each with newsprov installed and the shards on a shared path)
    dask_extract.py --scheduler tcp://HOST:8786 --newsprov /usr/bin/newsprov \\
        --out extracted.jsonl /shared/corpus/shard-*.jsonl

Records need a unique "id": without one the command numbers records by line,
which differs from one partition to another (the merge refuses duplicates).
Exit status: 0 done, 2 a partition failed (its stderr is shown) or bad usage.
"""
import argparse
import json
import subprocess
import sys


def partitions(paths, lines_per_partition):
    """(path, first line, line count) triples: whole shards, or slices of them."""
    for path in paths:
        if lines_per_partition <= 0:
            yield (path, 0, -1)
            continue
        with open(path, 'rb') as f:
            count = sum(1 for _ in f)
        for first in range(0, count, lines_per_partition):
            yield (path, first, lines_per_partition)


def extract_partition(newsprov, part, extra_args):
    """Runs on a worker: the partition's lines piped through the command."""
    path, first, count = part
    with open(path, 'rb') as f:
        lines = f.readlines()
    chunk = b''.join(lines[first:] if count < 0 else lines[first:first + count])
    run = subprocess.run([newsprov, 'extract', '--jsonl', *extra_args, '-'], input=chunk,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    return run.returncode, run.stdout, run.stderr.decode('utf-8', 'replace'), part


def sort_key(line):
    """Lines sort by id: numbers before strings, each in its natural order."""
    article_id = json.loads(line)['id']
    return (0, article_id, '') if isinstance(article_id, (int, float)) else (1, 0, str(article_id))


def merge(outputs):
    lines = [line for out in outputs for line in out.splitlines(keepends=True)]
    keyed = sorted(((sort_key(line), line) for line in lines), key=lambda kv: kv[0])
    for (a, _), (b, _) in zip(keyed, keyed[1:]):
        if a == b:
            raise ValueError(f'duplicate id {a[1] if a[0] == 0 else a[2]!r}: records need unique ids')
    return b''.join(line for _, line in keyed)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('shards', nargs='+', help='JSON Lines files of records {"id", "text", ...}')
    ap.add_argument('--newsprov', default='newsprov', help='the command, as the workers see it')
    where = ap.add_mutually_exclusive_group()
    where.add_argument('--scheduler', help='address of a running Dask scheduler (tcp://HOST:8786)')
    where.add_argument('--local-workers', type=int, default=2, help='size of a LocalCluster (default 2)')
    ap.add_argument('--lines-per-partition', type=int, default=0,
                    help='split shards into partitions of this many records (default: one per shard)')
    ap.add_argument('--out', default='-', help='merged output (default: standard output)')
    ap.add_argument('--max-quotes', help='passed to newsprov extract')
    args = ap.parse_args(argv)
    extra = ['--max-quotes', args.max_quotes] if args.max_quotes else []

    from distributed import Client, LocalCluster  # Debian: python3-distributed
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        parts = list(partitions(args.shards, args.lines_per_partition))
        futures = client.map(extract_partition, [args.newsprov] * len(parts), parts, [extra] * len(parts),
                             pure=False)
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    failed = [r for r in results if r[0] != 0]
    for status, _, err, (path, first, _) in failed:
        sys.stderr.write(f'{path} (from record line {first + 1}): newsprov exited {status}\n{err}')
    if failed:
        return 2
    try:
        merged = merge(r[1] for r in results)
    except ValueError as e:
        sys.stderr.write(f'dask_extract: {e}\n')
        return 2
    if args.out == '-':
        sys.stdout.buffer.write(merged)
    else:
        with open(args.out, 'wb') as f:
            f.write(merged)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
