#!/usr/bin/env python3
"""What the umbrella would cost if more layers were lazy (issue 19, part 3).

Copies include/ to a temporary folder, puts `template <class = void>` before
every function definition with a body (free or member, constexpr ones,
constructors taking their own class, destructors and out-of-class definitions
excepted) in the given folders of include/newsprov/, checks that the umbrella
still compiles, and prints the g++ CPU time (min of --runs) of the umbrella
before and after, of <nlohmann/json.hpp>, and the -fmem-report counts.
The rewrite is mechanical (the copy is measured, never committed):

    python3 bench/lazy_experiment.py --runs 3 check graph json io text
"""
import argparse, pathlib, re, resource, shutil, subprocess, sys, tempfile

SKIP = ('requires', '||', '&&', 'return', 'if', 'for', 'while', 'switch', 'static_assert', 'using',
        'template', 'case', 'else', 'throw', 'friend', 'namespace', 'struct', 'class', 'enum')


def code_of(line):
    """The line without string and character literals and comments."""
    line = re.sub(r'"(\\.|[^"\\])*"', '""', line)
    return re.sub(r"'(\\.|[^'\\])*'", "''", line).split('//')[0]


def definition_end(lines, i):
    """(line, '{' or ';'): where the declaration starting at line i ends."""
    depth = 0
    for j in range(i, min(i + 12, len(lines))):
        for ch in code_of(lines[j]):
            depth += (ch == '(') - (ch == ')')
            if depth == 0 and ch in '{;':
                return j, ch
    return i, None


def lazify(text):
    lines, out, scopes = text.split('\n'), [], []  # scopes: True for namespace/class, False for code
    after_template, skip_to = False, -1
    for i, line in enumerate(lines):
        code = code_of(line).strip()
        head = code.split('(')[0]
        words = head.replace('[[nodiscard]]', '').split()
        if (i > skip_to and all(scopes) and '(' in code and words and not after_template
                and code[0] not in ':#' and words[0] not in SKIP and '=' not in head
                and 'constexpr' not in head and '[' not in head.replace('[[nodiscard]]', '')):
            skip_to, end = definition_end(lines, i)
            name = words[-1].lstrip('*&')
            own = re.search(r'(const\s+%s\s*&|%s\s*&&)' % (re.escape(name), re.escape(name)), code.split('(', 1)[1])
            if (end == '{' and '= default' not in code and '= delete' not in code and '~' not in head
                    and '::' not in name and 'operator' not in head and not own):
                out.append(line[:len(line) - len(line.lstrip())] + 'template <class = void>')
        after_template = code.startswith('template') or (after_template and code.startswith('requires'))
        out.append(line)
        for ch in code:
            if ch == '{':
                kind = re.search(r'\b(namespace|class|struct|enum)\b', code)
                scopes.append(bool(kind) and '(' not in code[kind.end():code.find('{')] and all(scopes))
            elif ch == '}' and scopes:
                scopes.pop()
    return '\n'.join(out)


def cpu(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--compiler', default='g++')
    ap.add_argument('folders', nargs='+', help='folders of include/newsprov/ to rewrite (check graph json io text ...)')
    args = ap.parse_args()
    root = pathlib.Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        lazy = pathlib.Path(tmp) / 'include'
        shutil.copytree(root / 'include', lazy)
        rewritten = 0
        for folder in args.folders:
            for h in sorted((lazy / 'newsprov' / folder).glob('*.hpp')):
                new = lazify(h.read_text())
                rewritten += new.count('template <class = void>') - h.read_text().count('template <class = void>')
                h.write_text(new)
        units = {'umbrella': '#include <newsprov/newsprov.hpp>\n', 'nlohmann': '#include <nlohmann/json.hpp>\n'}
        for name, text in units.items():
            (pathlib.Path(tmp) / f'{name}.cpp').write_text(text)
        base = [args.compiler, '-std=c++20', '-fsyntax-only']
        rows = [('umbrella, as is', base + ['-I', str(root / 'include'), f'{tmp}/umbrella.cpp']),
                ('umbrella, lazy', base + ['-I', str(lazy), f'{tmp}/umbrella.cpp']),
                ('nlohmann/json.hpp', base + [f'{tmp}/nlohmann.cpp'])]
        subprocess.run(rows[1][1], check=True)  # the rewritten tree must compile
        print(f'{rewritten} functions made templates in {" ".join(args.folders)}')
        best = {}
        for _ in range(args.runs):  # in turn, so that a busy moment hits every row
            for label, cmd in rows:
                best[label] = min(best.get(label, 1e9), cpu(cmd))
        for label, _ in rows:
            print(f'{label:20} {best[label]:6.3f} s   x nlohmann {best[label] / best["nlohmann/json.hpp"]:.2f}')
        for label, cmd in rows:
            report = subprocess.run(cmd + ['-fmem-report'], capture_output=True, text=True).stderr
            counts = re.findall(r'(decl|type)_specializations: size \d+, (\d+) elements', report)
            print(f'{label:20} ' + ', '.join(f'{k} specializations {v}' for k, v in counts))


if __name__ == '__main__':
    sys.exit(main())
