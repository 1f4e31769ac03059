"""The check every prompt template passes before it is rendered: source values are printed
only inside ``<<<DATA ... DATA>>>`` blocks.

Those blocks are what the redactor reads before a prompt leaves for a remote endpoint, and
what the system prompt tells the model to treat as untrusted material. A value printed
outside one would go as written, names and all, and would read as an instruction. So a
template (the shipped ones, or a team's own under ``prompts/``) that prints anything but the
product's own instruction values (step names and headings, the generated session id) outside
a block is refused, naming the file, the line and the fix, before anything is sent; nothing
is redacted behind the author's back or silently dropped.

The check reads the template's Jinja syntax tree, in document order, with the block state
the drafter's redaction uses (``drafter.redact_data``): a block opens with a ``<<<DATA``
line (its header line is not redacted) and closes at ``DATA>>>``. Where the state could
depend on the data (a block opened inside ``{% for %}`` or ``{% if %}`` and closed outside
it) the template is refused too, and so is ``{% include %}``/``{% import %}``/
``{% extends %}`` (text this check cannot see), and a ``>>>`` inside a block that is not
the end of ``DATA>>>`` (a printed value ending in "DATA" would complete it; values cannot
bring angle brackets of their own, ``drafts.inert_data``). A name stays an instruction
value only while everything assigned to it is one (``{% set t = case.title %}`` makes
``t`` source data). An ``{% if %}`` or ``{% for %}`` that writes anything outside a block
(text, a printed value, a block's header) may decide it only from instruction values too: a
condition on the data would choose, or repeat, instruction text by what the data says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NoReturn

import jinja2
import jinja2.meta
from jinja2 import nodes

from assistant.errors import ConfigError

OUT, HEADER, IN = "outside", "header", "inside"
_TOKEN = {OUT: re.compile(r"<<<DATA"), HEADER: re.compile(r"\n"), IN: re.compile(r"DATA>>>")}
_NEXT = {OUT: HEADER, HEADER: IN, IN: OUT}
_IN_PLACE = (nodes.With, nodes.Block, nodes.Scope, nodes.ScopedEvalContextModifier,
             nodes.FilterBlock, nodes.OverlayScope)
_FOREIGN = (nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)


def check_prompt(env: jinja2.Environment, source: str, path: Path | str,
                 instruction_values: Iterable[str]) -> nodes.Template:
    """Raise :class:`ConfigError` unless every value ``source`` prints outside a
    ``<<<DATA ... DATA>>>`` block comes from ``instruction_values`` (and the environment's
    own helpers such as ``range``); also for a Jinja syntax error. Returns the parsed
    template, for ``env.from_string`` (so it is parsed once)."""
    try:
        tree = env.parse(source)
    except jinja2.TemplateSyntaxError as exc:
        raise ConfigError(f"Prompt template {path}, line {exc.lineno}: "
                          f"{(exc.message or 'not valid Jinja').rstrip('.')}. Fix: "
                          "correct the Jinja syntax (compare with the shipped template of "
                          "the same name).") from None
    base = set(instruction_values) | set(env.globals)
    # A name the template binds may still be read from the caller where its binding does
    # not reach (a {% set %} inside an {% if %}, a {% with %} or {% for %} left behind):
    # Jinja then reads the caller's value, perhaps source text, so such a name is never
    # counted as the template's own.
    outside = jinja2.meta.find_undeclared_variables(tree) - base
    _Walk(source, str(path), _safe_names(tree, base) - outside).run(tree)
    return tree


#: What ``loop`` tells of any loop, its data or not: positions and counts.
_LOOP_NUMBERS = frozenset({"index", "index0", "revindex", "revindex0", "first", "last",
                           "length", "depth", "depth0"})


def _names(expr: nodes.Node) -> set[str]:
    """The variables ``expr`` reads (``loop.index`` and the like read none)."""
    counted = {id(g.node) for g in (expr, *expr.find_all(nodes.Getattr))
               if isinstance(g, nodes.Getattr) and g.attr in _LOOP_NUMBERS
               and isinstance(g.node, nodes.Name) and g.node.name == "loop"}
    return {n.name for n in (expr, *expr.find_all(nodes.Name))
            if isinstance(n, nodes.Name) and id(n) not in counted}


def _targets(target: nodes.Node) -> set[str]:
    """The names an assignment target binds (``a``, ``a, b``, ``ns.attr`` binds ``ns``)."""
    if isinstance(target, nodes.NSRef):
        return {target.name}
    return _names(target)


def _safe_names(tree: nodes.Template, base: set[str]) -> set[str]:
    """Names that hold only instruction values wherever the template assigns them: ``base``
    and names bound from them, minus any name ever bound from anything else (a macro's
    arguments, a captured ``{% set %}`` block, ``loop`` outside its own for)."""
    binds: list[tuple[set[str], set[str] | None]] = []  # (names bound, names read; None: data)
    for n in tree.find_all((nodes.Assign, nodes.For, nodes.With, nodes.Macro,
                            nodes.CallBlock, nodes.AssignBlock)):
        if isinstance(n, nodes.Assign):
            binds.append((_targets(n.target), _names(n.node)))
        elif isinstance(n, nodes.For):
            binds.append((_targets(n.target), _names(n.iter)))
        elif isinstance(n, nodes.With):
            binds += [(_targets(t), _names(v)) for t, v in zip(n.targets, n.values, strict=True)]
        elif isinstance(n, nodes.Macro):
            binds.append(({n.name, *(a.name for a in n.args)}, None))
        elif isinstance(n, nodes.CallBlock):
            binds.append(({a.name for a in n.args}, None))
        elif isinstance(n, nodes.AssignBlock):
            binds.append((_targets(n.target), None))
    bound = set().union(*(b for b, _ in binds))
    unsafe = {"loop"}
    changed = True
    while changed:
        changed = False
        for names, reads in binds:
            if names <= unsafe:
                continue
            if reads is None or reads & unsafe or reads - base - bound:
                unsafe |= names
                changed = True
    return (base | bound) - unsafe


class _Walk:
    """One pass over the tree in document order, tracking the DATA block state."""

    def __init__(self, source: str, path: str, safe: set[str]) -> None:
        self.lines = source.splitlines()
        self.path, self.safe = path, safe
        self.opened = 0  # the line the current block was opened on
        self.wrote = 0  # how many pieces were written outside a block (header lines too)

    def fail(self, line: int, what: str, fix: str) -> NoReturn:
        shown = self.lines[line - 1].strip() if 0 < line <= len(self.lines) else ""
        shown = shown if len(shown) <= 90 else shown[:87] + "..."
        raise ConfigError(f"Prompt template {self.path}, line {line}"
                          + (f" ({shown})" if shown else "") + f": {what} Fix: {fix}")

    def run(self, tree: nodes.Template) -> None:
        state = self.body(tree.body, OUT, loop_safe=False)
        if state != OUT:
            self.fail(self.opened, "this <<<DATA block is never closed with DATA>>>, so "
                      "nothing in it would be redacted for a remote endpoint.",
                      "end the block with a line DATA>>>.")

    def body(self, body: Sequence[nodes.Node], state: str, *, loop_safe: bool) -> str:
        for n in body:
            state = self.node(n, state, loop_safe)
        return state

    def balanced(self, n: nodes.Node, body: Sequence[nodes.Node], state: str,
                 loop_safe: bool) -> None:
        """A body run any number of times (a loop, a branch, a macro) leaves the block
        state as it found it, so the state after it does not depend on the data."""
        if self.body(body, state, loop_safe=loop_safe) != state:
            tag = type(n).__name__.lower()
            self.fail(n.lineno, f"a <<<DATA block opens or closes inside this {{% {tag} %}} "
                      "without closing or reopening inside it, so which text is redacted "
                      "would depend on the data.",
                      f"open and close each <<<DATA ... DATA>>> block on the same side of "
                      f"the {{% {tag} %}} (both inside it or both outside).")

    def node(self, n: nodes.Node, state: str, loop_safe: bool) -> str:
        if isinstance(n, nodes.Output):
            for child in n.nodes:
                if isinstance(child, nodes.TemplateData):
                    state = self.text(child.data, child.lineno, state)
                else:
                    self.printed(child, state, loop_safe)
            return state
        if isinstance(n, nodes.For):
            inner = self.clean(n.iter, loop_safe)
            wrote = self.wrote
            self.balanced(n, n.body, state, inner)
            self.balanced(n, n.else_, state, loop_safe)
            self.condition(n, [n.iter] + ([n.test] if n.test is not None else []),
                           loop_safe, wrote)
            return state
        if isinstance(n, nodes.If):
            wrote = self.wrote
            for branch in (n, *n.elif_):
                self.balanced(n, branch.body, state, loop_safe)
            self.balanced(n, n.else_, state, loop_safe)
            self.condition(n, [b.test for b in (n, *n.elif_)], loop_safe, wrote)
            return state
        if isinstance(n, nodes.Macro):  # printed where it is called, which may be anywhere
            self.balanced(n, n.body, OUT, False)
            return state
        if isinstance(n, nodes.CallBlock):
            self.printed(n.call, state, loop_safe)
            self.balanced(n, n.body, OUT, False)
            return state
        if isinstance(n, nodes.AssignBlock):  # printed where the name is (never clean)
            self.balanced(n, n.body, OUT, False)
            return state
        if isinstance(n, _FOREIGN):
            self.fail(n.lineno, "a prompt template must stand alone: text it includes, "
                      "imports or extends is not checked for values outside <<<DATA blocks.",
                      "copy what it needs into this template.")
        if isinstance(n, nodes.FilterBlock):
            self.printed(n.filter, state, loop_safe)
            if any(m in "".join(t.data for t in n.find_all(nodes.TemplateData))
                   for m in ("<<<DATA", "DATA>>>")):
                self.fail(n.lineno, "a {% filter %} block holds a <<<DATA or DATA>>> line; "
                          "the filter can change that line, so what is redacted would no "
                          "longer be what this check read.",
                          "open and close DATA blocks outside any {% filter %} block.")
        if isinstance(n, _IN_PLACE):
            return self.body(getattr(n, "body", []), state, loop_safe=loop_safe)
        return state  # {% set %}, {% do %} and the like print nothing

    def condition(self, n: nodes.If | nodes.For, tests: Sequence[nodes.Node], loop_safe: bool,
                  wrote: int) -> None:
        """An ``{% if %}`` or ``{% for %}`` that writes anything outside a block (its body
        or its else, ``wrote`` counted before them) decides that text only from
        instruction values: outside a block, which words are sent, and how often, must
        not say anything about the data."""
        if self.wrote == wrote:
            return
        for test in tests:
            if self.clean(test, loop_safe):
                continue
            names = ", ".join(sorted(_names(test) - self.safe)) or "a value"
            tag = "if" if isinstance(n, nodes.If) else "for"
            what = "which text it writes" if tag == "if" else "how often it writes its text"
            self.fail(test.lineno, f"this {{% {tag} %}} reads {names}, and outside a <<<DATA "
                      f"... DATA>>> block {what} would tell the LLM endpoint about the source "
                      "data, unredacted.",
                      f"put the {{% {tag} %}} inside a <<<DATA block (a block may hold the "
                      "whole of it), or decide instruction text only from the product's own "
                      f"values ({self.allowed()}).")

    def allowed(self) -> str:
        return ", ".join(sorted(self.safe - {"cycler", "dict", "joiner", "lipsum",
                                             "namespace", "range"})) or "nothing"

    def clean(self, expr: nodes.Node, loop_safe: bool) -> bool:
        names = _names(expr)
        return names <= self.safe | ({"loop"} if loop_safe else set())

    def printed(self, expr: nodes.Node, state: str, loop_safe: bool) -> None:
        if state != IN:
            self.wrote += 1
        if state == IN or self.clean(expr, loop_safe):
            return
        names = ", ".join(sorted(_names(expr) - self.safe)) or "a value"
        allowed = self.allowed()
        if state == HEADER:
            self.fail(expr.lineno, f"it prints {names} on a <<<DATA header line, which is "
                      "sent as written (only the lines after it are redacted).",
                      "print source values on the lines between the <<<DATA line and "
                      "DATA>>>; the header line holds the block's name only.")
        self.fail(expr.lineno, f"it prints {names} outside a <<<DATA ... DATA>>> block, so "
                  "that text would reach the LLM endpoint unredacted (names, emails and "
                  "phone numbers included) and be read as instructions.",
                  "print source values only between a line <<<DATA <name> and a line "
                  "DATA>>>, as the shipped templates do; outside a block a template may "
                  f"print only the product's own values ({allowed}).")

    def text(self, data: str, line: int, state: str) -> str:
        pos = 0
        while True:
            m = _TOKEN[state].search(data, pos)
            if state != IN and (m.end() if m else len(data)) > pos:
                self.wrote += 1  # template text outside a block (or a block's marker)
            if state == IN:
                # a ">>>" of the template's own after a printed value ending in "DATA"
                # would close the block early, leaving the rest of it unredacted
                stray = data.find(">>>", pos, m.end() if m else len(data))
                if stray != -1 and not (m and stray == m.start() + 4):
                    self.fail(line + data.count("\n", 0, stray), "a '>>>' inside a <<<DATA "
                              "block that is not the end of DATA>>> could close the block "
                              "early, joined to the end of a printed value.",
                              "write DATA>>> whole to close the block, and no other '>>>' "
                              "inside it.")
            if m is None:
                return state
            if state == OUT:
                self.opened = line + data.count("\n", 0, m.start())
            state, pos = _NEXT[state], m.end()
