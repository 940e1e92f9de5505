#!/usr/bin/env python3
"""Makes layers of include/newsprov/ lazy, or measures what that would gain (issue 19, part 3).

The rewrite puts `template <class = void>` before every function definition whose
body calls a function or names a standard one (free or member, operator() too;
constexpr functions, other operators, constructors taking their own class,
destructors and out-of-class definitions excepted), and before an earlier
declaration of such a function (its definition then says `template <class>`).
g++ then instantiates the body only in a unit that calls it. Running it again
changes nothing.

    python3 bench/lazy_experiment.py --in-place graph json io text text/detail text/patterns

rewrites the real include/ (that is how check/, graph/, json/, io/ and text/ were
made lazy; json::value's out-of-class members were done by hand). Without
--in-place it rewrites a copy, checks that the umbrella still compiles, and prints
the g++ CPU time (min of --runs) of the umbrella as is and rewritten, of
<nlohmann/json.hpp>, and the -fmem-report counts:

    python3 bench/lazy_experiment.py --runs 3 FOLDER...
"""
import argparse, pathlib, re, resource, shutil, subprocess, sys, tempfile

SKIP = ('requires', '||', '&&', 'return', 'if', 'for', 'while', 'switch', 'static_assert', 'using',
        'template', 'case', 'else', 'throw', 'friend', 'namespace', 'struct', 'class', 'enum')


def code_of(line):
    """The line without string and character literals and comments."""
    line = re.sub(r'"(\\.|[^"\\])*"', '""', line)
    return re.sub(r"'(\\.|[^'\\])*'", "''", line).split('//')[0]


def definition_end(lines, i):
    """(line, column, '{' or ';', signature): where the declaration starting at line i ends, its text up to there."""
    depth, sig = 0, []
    for j in range(i, min(i + 12, len(lines))):
        for col, ch in enumerate(code_of(lines[j])):
            depth += (ch == '(') - (ch == ')')
            if depth == 0 and ch in '{;':
                return j, col, ch, ' '.join(''.join(sig).split())
            sig.append(ch)
        sig.append(' ')
    return i, 0, None, ''


NOT_CALLS = ('if', 'for', 'while', 'switch', 'return', 'sizeof', 'alignof', 'static_cast', 'const_cast',
             'reinterpret_cast', 'noexcept', 'decltype', 'catch')
CALL = re.compile(r'\b(?!(?:%s)\b)[A-Za-z_]\w*\s*(<[^;{}()]*>)?\s*\(' % '|'.join(NOT_CALLS))
STD_NAME = re.compile(r'\bstd::(?!(?:u?int\d+_t|size_t|ptrdiff_t)\b)')


def body_of(lines, i, col):
    """The code of the body (with any member initializers) of the definition whose '{' is at line i, column col."""
    depth, started, body = 0, False, []
    for line in lines[i:]:
        code = code_of(line)
        if not started:
            code = code[col:]
        for k, ch in enumerate(code):
            depth += (ch == '{') - (ch == '}')
            started = started or ch == '{'
            if started and depth == 0 and not code[k + 1:].strip().startswith((',', '{')):
                return '\n'.join(body + [code[:k + 1]])
        body.append(code)
    return '\n'.join(body)


def initializers(signature):
    """What a constructor's member initializers call, as code for needs_instances: the
    arguments of each, and a call of its own for one given several arguments (a member
    of class type built by its constructor: `c_(text, limits)`). One plain argument
    (`kind_(kind::null)`, `doc_(doc)`) calls nothing."""
    depth = 0
    for k, ch in enumerate(signature):
        depth += (ch == '(') - (ch == ')')
        if ch == ')' and depth == 0:
            rest = signature[k + 1:]
            break
    else:
        return ''
    if ':' not in rest.replace('::', ''):
        return ''
    found, depth, args, start = [], 0, [], None
    for ch in rest[rest.find(':') + 1:]:
        if ch in '({':
            depth += 1
            if depth == 1:
                args, start = [], True
                continue
        elif ch in ')}':
            depth -= 1
            if depth == 0:
                text = ''.join(args)
                found.append(text + (' f()' if split_top_level(text) > 1 else ''))
                continue
        if depth >= 1:
            args.append(ch)
    return ' '.join(found)


def split_top_level(text):
    """How many comma-separated arguments `text` holds at its own level."""
    depth, count = 0, 1 if text.strip() else 0
    for ch in text:
        depth += (ch in '(<{[') - (ch in ')>}]')
        count += ch == ',' and depth == 0
    return count


def needs_instances(body):
    """Whether compiling a body would instantiate something: it calls a function or names a standard one."""
    return bool(CALL.search(body) or STD_NAME.search(body))


def lazify(text):
    """The text with a template line before every definition that needs one (and its earlier declaration)."""
    lazy = set()
    lazify_lines(text.split('\n'), lazy)  # the signatures made templates, so that their declarations follow
    return '\n'.join(lazify_lines(text.split('\n'), lazy))


def lazify_lines(lines, lazy):
    out, scopes, declared = [], [], set()  # scopes: (True for namespace/class, False for code; line it opens)
    after_template, skip_to = False, -1
    for i, line in enumerate(lines):
        code = code_of(line).strip()
        head = re.sub(r'\[\[[^\]]*\]\]', '', code.split('(')[0])  # without attributes
        words = head.split()
        if (i > skip_to and all(open_ for open_, _ in scopes) and '(' in code and words and not after_template
                and code[0] not in ':#' and words[0] not in SKIP and '=' not in head
                and 'constexpr' not in head and '[' not in head):
            skip_to, col, end, sig = definition_end(lines, i)
            sig = (tuple(at for _, at in scopes), sig)  # the same signature in another class is another function
            name = words[-1].lstrip('*&')
            own = re.search(r'(const\s+%s\s*&|%s\s*&&)' % (re.escape(name), re.escape(name)), code.split('(', 1)[1])
            if (end == '{' and '= default' not in code and '= delete' not in code and '~' not in head
                    and '::' not in name and ('operator' not in head or re.search(r'\boperator\(\)\s*\(', code)) and not own
                    and needs_instances(initializers(sig[1]) + body_of(lines, skip_to, col))) or (end == ';' and sig in lazy):
                lazy.add(sig)
                # the default template argument goes on the first declaration only
                out.append(line[:len(line) - len(line.lstrip())] + ('template <class>' if sig in declared else 'template <class = void>'))
                if end == ';':
                    declared.add(sig)
        after_template = code.startswith('template') or (after_template and code.startswith('requires'))
        out.append(line)
        for ch in code:
            if ch == '{':
                kind = re.search(r'\b(namespace|class|struct|enum)\b', code)
                scopes.append((bool(kind) and '(' not in code[kind.end():code.find('{')] and all(o for o, _ in scopes), i))
            elif ch == '}' and scopes:
                scopes.pop()
    return out


def lazify_folders(include, folders):
    """Rewrites the headers of include/newsprov/<folder> for each folder; the count of new templates."""
    rewritten = 0
    for folder in folders:
        for h in sorted((include / 'newsprov' / folder).glob('*.hpp')):
            old = h.read_text()
            new = lazify(old)
            rewritten += new.count('template <class = void>') - old.count('template <class = void>')
            if new != old:
                h.write_text(new)
    return rewritten


def cpu(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--compiler', default='g++')
    ap.add_argument('--in-place', action='store_true', help='rewrite the real include/, measure nothing')
    ap.add_argument('folders', nargs='+', help='folders of include/newsprov/ to rewrite (check graph json io text ...)')
    args = ap.parse_args()
    root = pathlib.Path(__file__).resolve().parent.parent
    if args.in_place:
        print(f'{lazify_folders(root / "include", args.folders)} functions made templates in {" ".join(args.folders)}')
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        lazy = pathlib.Path(tmp) / 'include'
        shutil.copytree(root / 'include', lazy)
        rewritten = lazify_folders(lazy, args.folders)
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
