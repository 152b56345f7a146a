"""No screen or app attribute is assigned, and no widget read, from a worker thread.

Textual's widgets and the screens' state belong to the UI thread: a thread worker
computes plain values and hands them over by message (``screens.messages.WorkDone``)
or ``call_from_thread``; the UI thread applies them. This test finds the code that runs
in a thread and fails on any ``self.x = …``, ``self.x += …``, ``self.x[…] = …`` or
``self.x.append(…)``-style mutation in it, and on a widget read (``self.query_one(…)``,
``self.filter_text()``). Code that runs in a thread is:

- a method decorated with ``@work(thread=True, …)``;
- ``fetch`` of a screen (``OfficeScreen`` reads in a thread and shows on the UI thread);
- a function handed to ``run_worker(…, thread=True)``, or as the read of ``read_then``;
- a form's save: the function handed to ``open_form``/``FormScreen`` as its third
  argument, or any nested function named ``save`` or ``save_…`` (the wrappers'
  convention; ``saved`` is the UI-thread half that applies what ``save`` returned).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTATORS = {"append", "extend", "update", "add", "clear", "pop", "remove", "insert", "discard"}
# Reading a widget from a thread is as unsafe as writing one: what a worker needs of the
# screen (the typed filter) is taken on the UI thread and handed in as an argument.
WIDGET_READS = {"query_one", "query", "query_children", "filter_text", "typed_filter", "main_list"}


def _is_thread_work(decorator: ast.expr) -> bool:
    if not isinstance(decorator, ast.Call):
        return False
    name = decorator.func.id if isinstance(decorator.func, ast.Name) else ""
    return name == "work" and any(
        k.arg == "thread" and isinstance(k.value, ast.Constant) and k.value.value is True
        for k in decorator.keywords
    )


def _handed_to_threads(tree: ast.AST) -> set[str]:
    """Names of functions passed where they will run in a thread."""
    names: set[str] = set()
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Attribute | ast.Name):
            continue
        called = call.func.attr if isinstance(call.func, ast.Attribute) else call.func.id
        args = call.args
        threaded = any(
            k.arg == "thread" and isinstance(k.value, ast.Constant) and k.value.value is True
            for k in call.keywords
        )
        position = {"run_worker": 0 if threaded else None, "read_then": 0}.get(called)
        if called in ("open_form", "FormScreen"):
            position = 2
        if position is not None and len(args) > position and isinstance(args[position], ast.Name):
            names.add(args[position].id)
    return names


def _thread_functions(tree: ast.Module) -> list[ast.FunctionDef | ast.Lambda]:
    handed = _handed_to_threads(tree)
    found: list[ast.FunctionDef | ast.Lambda] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and (
                    item.name == "fetch" or any(map(_is_thread_work, item.decorator_list))
                ):
                    found.append(item)
        if isinstance(node, ast.FunctionDef):
            for inner in ast.walk(node):
                if (
                    inner is not node
                    and isinstance(inner, ast.FunctionDef)
                    and (
                        inner.name in handed
                        or inner.name == "save"
                        or inner.name.startswith("save_")
                    )
                ):
                    found.append(inner)
    for call in ast.walk(tree):  # read_then(lambda: …): the lambda runs in the thread
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "read_then"
            and call.args
            and isinstance(call.args[0], ast.Lambda)
        ):
            found.append(call.args[0])
    return found


def _on_self(target: ast.expr) -> str | None:
    """``x`` for ``self.x`` or ``self.x[…]``, else None."""
    if isinstance(target, ast.Subscript):
        target = target.value
    if (
        isinstance(target, ast.Attribute)
        and isinstance(target.value, ast.Name)
        and target.value.id == "self"
    ):
        return target.attr
    return None


def thread_mutations(source: str, filename: str) -> list[str]:
    """Every mutation of ``self`` inside code that runs in a worker thread."""
    tree = ast.parse(source, filename)
    problems = []
    for function in _thread_functions(tree):
        for node in ast.walk(function):
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets = list(node.targets)
            elif isinstance(node, ast.AugAssign | ast.AnnAssign):
                targets = [node.target]
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in MUTATORS
            ):
                targets = [node.func.value]
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in WIDGET_READS
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "self"
            ):
                problems.append(f"{filename}:{node.lineno}: self.{node.func.attr}()")
            for target in targets:
                for part in target.elts if isinstance(target, ast.Tuple) else [target]:
                    attribute = _on_self(part)
                    if attribute is not None:
                        problems.append(f"{filename}:{node.lineno}: self.{attribute}")
    return problems


def ui_sources() -> list[Path]:
    return [*sorted((ROOT / "screens").rglob("*.py")), ROOT / "secretariat" / "app.py"]


def test_no_screen_attribute_is_assigned_from_a_worker_thread() -> None:
    problems = [
        problem
        for path in ui_sources()
        for problem in thread_mutations(path.read_text(encoding="utf-8"), str(path))
    ]
    assert not problems, "assigned from a worker thread:\n" + "\n".join(problems)


def test_the_check_sees_the_patterns_it_forbids() -> None:
    # The shapes the screens used before the results came back by message.
    source = """
class Screen:
    def action_new(self):
        def save(values):
            self.select_id = 3
            return "ok"
        self.open_form("t", [], save)

    def action_filters(self):
        def keep(values):
            self.filters = values
        self.app.push_screen(FormScreen("t", [], keep))

    @work(thread=True, group="g")
    def _save(self, plan):
        self._warned.append(plan)

    def fetch(self, typed):
        self.shown_limit += 1
        return self.filter_text()

    def action_open(self):
        def load():
            self.rows[0] = 1
        self.run_worker(load, thread=True)

    def on_mount(self):
        self.select_id = None  # the UI thread: allowed
"""
    found = [line.split(": ")[1] for line in thread_mutations(source, "x.py")]
    assert sorted(found) == sorted(
        [
            "self.select_id",
            "self.filters",
            "self._warned",
            "self.shown_limit",
            "self.rows",
            "self.filter_text()",
        ]
    )
