#!/usr/bin/env python3
"""The layers of include/newsprov, checked: an include may only point down.

Usage: check_layers.py [REPO] [--graph]

Each folder under include/newsprov is a layer; LAYERS lists them from the bottom
up. A header may include headers of its own folder and of the folders listed
before it, nothing else of ours. Files at the top (newsprov.hpp, all.hpp,
story.hpp, version.hpp) are the umbrellas: they may include anything, and only
version.hpp, which includes nothing of ours, may be included from a folder.

Prints each violation as FILE:LINE: message and exits 1 when there is one;
--graph also prints each folder with the folders it includes and how often.
HACKING.md explains the layers; change both together.
"""
import os
import re
import sys
from collections import defaultdict

LAYERS = ['util', 'core', 'policy', 'story', 'graph', 'json', 'text', 'io', 'check']
LEAF_FILES = {'version.hpp'}  # top-level headers a folder may include
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]newsprov/([^>"]+)[>"]')


def scan(root):
    """Yields (file, line number, including folder or None, included path)."""
    for folder, _, files in os.walk(root):
        rel = os.path.relpath(folder, root)
        top = None if rel == '.' else rel.split(os.sep)[0]
        for name in sorted(files):
            if not name.endswith(('.hpp', '.h', '.ipp', '.inc')):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding='utf-8', errors='replace') as f:
                for number, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if m:
                        yield path, number, top, m.group(1)


def main(argv):
    repo = next((a for a in argv if not a.startswith('--')), '.')
    root = os.path.join(repo, 'include', 'newsprov')
    if not os.path.isdir(root):
        print(f'{root}: cannot open: no such directory', file=sys.stderr)
        return 2
    rank = {name: i for i, name in enumerate(LAYERS)}
    edges = defaultdict(lambda: defaultdict(int))
    errors = []
    for folder in sorted(os.listdir(root)):
        if os.path.isdir(os.path.join(root, folder)) and folder not in rank:
            errors.append(f'{os.path.join(root, folder)}: folder is not a declared layer (add it to LAYERS)')
    for path, number, top, target in scan(root):
        if top is None:
            continue  # the umbrella headers sit above every layer
        parts = target.split('/')
        if len(parts) == 1:
            if parts[0] not in LEAF_FILES:
                errors.append(f'{path}:{number}: {top}/ includes the umbrella header newsprov/{target}')
            continue
        to = parts[0]
        if to == top:
            continue
        edges[top][to] += 1
        if to not in rank:
            errors.append(f'{path}:{number}: includes newsprov/{target}, of no declared layer')
        elif top in rank and rank[to] > rank[top]:
            errors.append(f'{path}:{number}: {top}/ includes newsprov/{target}, a layer above it '
                          f'(order, bottom up: {" < ".join(LAYERS)})')
    if '--graph' in argv:
        for folder in LAYERS:
            out = ', '.join(f'{to} ({n})' for to, n in sorted(edges[folder].items(), key=lambda e: rank.get(e[0], 99)))
            print(f'{folder} -> {out or "(standard library only)"}')
    for e in errors:
        print(e)
    if not errors:
        print(f'layers: every include points down ({" < ".join(LAYERS)})')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
