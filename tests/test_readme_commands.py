"""Every command README.md gives is real: each `make` word is a target of the Makefile (each
VAR=value a variable it reads), and each `.venv/bin/python manage.py …` line names a command
whose own parser accepts its options and arguments, as written."""

from __future__ import annotations

import re
import shlex

import pytest
from django.core.management import get_commands, load_command_class
from django.core.management.base import CommandError

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def shell_lines() -> list[str]:
    """The lines of README's ```sh blocks, comments left out."""
    blocks = re.findall(r"^```sh\n(.*?)^```", README, re.S | re.M)
    lines = []
    for block in blocks:
        for line in block.splitlines():
            line = re.split(r"(?:^|\s)#\s", line, maxsplit=1)[0].strip()
            if line:
                lines.append(line)
    # and the commands the prose quotes: `make test WORKERS=1`, `manage.py check_gold --counts`
    # (a bare `manage.py extract` names the command: its arguments are given elsewhere)
    quoted = r"`(make [^`]+|(?:\.venv/bin/python )?manage\.py [a-z_][^`]*)`"
    for span in re.findall(quoted, README):
        span = re.sub(r"^manage\.py", ".venv/bin/python manage.py", span)
        bare = span.startswith(".venv") and len(span.split()) == 3
        lines.append(f"{span} --help" if bare else span)
    return lines


def commands() -> list[list[str]]:
    """Each simple command of those lines as words: pipes, && and ; split them, and leading
    VAR=value assignments are left out."""
    found = []
    for line in shell_lines():
        lexer = shlex.shlex(line, posix=True, punctuation_chars=";&|")
        lexer.whitespace_split = True
        words: list[str] = []
        for token in [*lexer, ";"]:
            if token and set(token) <= set(";&|"):  # the end of a simple command
                while words and re.fullmatch(r"[A-Z_]+=.*", words[0]):
                    words.pop(0)
                if words:
                    found.append(words)
                words = []
            else:
                words.append(token)
    return found


MAKE_LINES = [words[1:] for words in commands() if words[0] == "make"]
MANAGE_LINES = [words[2:] for words in commands() if words[:2] == [".venv/bin/python", "manage.py"]]
TARGETS = set(re.findall(r"^([A-Za-z][\w.-]*)\s*:(?!=)", MAKEFILE, re.M))


def test_the_readme_gives_the_commands_this_test_checks():
    """A guard against a parser that finds nothing and so checks nothing."""
    assert {"run", "test", "test-fast", "admin", "bench"} <= {w for ws in MAKE_LINES for w in ws}
    assert {"load_corpus", "extract", "export_events", "migrate"} <= {ws[0] for ws in MANAGE_LINES}
    assert len(MANAGE_LINES) >= 15


@pytest.mark.parametrize("words", MAKE_LINES, ids=" ".join)
def test_each_make_line_names_real_targets_and_variables(words):
    for word in words:
        if "=" in word:
            name = word.split("=", 1)[0]
            assert f"$({name})" in MAKEFILE or f"ifdef {name}" in MAKEFILE, name
        else:
            assert word in TARGETS, f"make {word}: no such target"


@pytest.mark.parametrize("words", MANAGE_LINES, ids=" ".join)
def test_each_manage_py_line_is_a_command_with_valid_options(words):
    name, *arguments = words
    app = get_commands().get(name)
    assert app is not None, f"manage.py {name}: no such command"
    parser = load_command_class(app, name).create_parser("manage.py", name)
    if arguments == ["--help"]:
        return  # the command exists: that is all a bare mention says
    try:
        parser.parse_args(arguments)
    except CommandError as problem:  # what argparse would print and exit on
        pytest.fail(f"manage.py {' '.join(words)}: {problem}")


def test_a_wrong_option_would_be_caught():
    app = get_commands()["load_corpus"]
    parser = load_command_class(app, "load_corpus").create_parser("manage.py", "load_corpus")
    with pytest.raises(CommandError):
        parser.parse_args(["feed.jsonl", "--dry-rnu"])
