"""The package's plan: topics over shared pieces, imports flowing one way, no circles."""

import ast
from pathlib import Path

import narratives

PACKAGE = Path(narratives.__file__).parent
TOPICS = {"texts", "tagging", "claims", "words", "techniques"}
SHARED = {"paths", "errors", "display", "workspace", "filelock", "reading", "encodings",
          "csvcells", "charts", "tidy", "handin", "hublink"}


def module_name(path):
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules():
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imports(name, path, known):
    """The package's modules that `name` imports by name, at any depth of the file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                full = f"{target}.{alias.name}"
                found.add(full if full in known else target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m in known and m != name}


def graph():
    known = modules()
    return {name: imports(name, path, known) for name, path in known.items()}


def test_each_lesson_topic_is_a_subpackage_with_a_front():
    for topic in TOPICS | {"checks"}:
        assert (PACKAGE / topic / "__init__.py").is_file(), topic


def find_cycles(edges):
    """Every circle of imports met in a depth-first walk, as a list of module names."""
    cycles, done = [], set()

    def visit(node, trail):
        for nxt in sorted(edges.get(node, ())):
            if nxt in trail:
                cycles.append(trail[trail.index(nxt):] + [nxt])
            elif nxt not in done:
                visit(nxt, trail + [nxt])
        done.add(node)

    for start in sorted(edges):
        if start not in done:
            visit(start, [start])
    return cycles


def test_no_module_imports_one_that_imports_it_back():
    cycles = find_cycles(graph())
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_shared_pieces_import_no_lesson_topic():
    for name, targets in graph().items():
        if name.split(".")[1:2] and name.split(".")[1] in SHARED:
            topics = {t for t in targets if t.split(".")[1:2] and t.split(".")[1] in TOPICS}
            assert not topics, f"{name} (shared) imports the topic modules {sorted(topics)}"


def test_the_cycle_check_finds_a_cycle(tmp_path, monkeypatch):
    # The check above must be able to fail: a made-up pair of modules that import each other.
    (tmp_path / "a.py").write_text("from .b import x\n")
    (tmp_path / "b.py").write_text("from .a import y\n")
    known = {"pkg.a": tmp_path / "a.py", "pkg.b": tmp_path / "b.py"}
    assert imports("pkg.a", known["pkg.a"], known) == {"pkg.b"}
    assert imports("pkg.b", known["pkg.b"], known) == {"pkg.a"}
    edges = {name: imports(name, path, known) for name, path in known.items()}
    assert find_cycles(edges) == [["pkg.a", "pkg.b", "pkg.a"]]


def test_only_paths_knows_where_the_files_are():
    for path in PACKAGE.rglob("*.py"):
        if path.name != "paths.py":
            assert "__file__" not in path.read_text(encoding="utf-8"), path
