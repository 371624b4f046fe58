#!/usr/bin/env python3
"""Writes installer/portolan.1 from `portolan --help`.

Usage: scripts/manpage.py BUILD/app/portolan
Run it after changing a command's usage or description; tests/cli/tst_cli.cpp
(manualPageFollowsTheHelp) fails until the page follows the help again.
"""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def esc(text):
    return text.replace('\\', '\\\\').replace('-', '\\-').replace('…', '...')


def commands(help_text):
    lines = help_text.split('\n')
    found = []
    i = lines.index('Commands:') + 1
    while i < len(lines):
        line = lines[i]
        if line.startswith('  --'):
            break
        if line.startswith('  ') and not line.startswith('      ') and line.strip():
            found.append((line.strip(), lines[i + 1].strip()))
            i += 2
            continue
        i += 1
    return found


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / 'build-test/app/portolan')
    help_text = subprocess.run([binary, '--help'], check=True, capture_output=True,
                               text=True).stdout
    version = subprocess.run([binary, '--version'], check=True, capture_output=True,
                             text=True).stdout.split()[-1]
    out = [
        f'.TH PORTOLAN 1 "" "Portolan {version}" "User Commands"',
        '.SH NAME',
        'portolan \\- network port diagrams, address plans and firewall rules',
        '.SH SYNOPSIS',
        '.B portolan', '.RI [ FILE.portolan ]', '.br',
        '.B portolan', '.I COMMAND', '.RI [ OPTIONS ]',
        '.SH DESCRIPTION',
        'Portolan keeps the components of a platform and the network flows between them '
        'in one model, stored in a single SQLite file, and draws the port diagram from it. '
        'From the same model it writes firewall rule spreadsheets for each environment and '
        'a printed handover pack.',
        '.PP',
        'Without a command, Portolan opens its window (on', '.I FILE',
        'when given). Commands run without a display, print errors to standard error and '
        'write nothing when they fail.',
        '.SH COMMANDS',
    ]
    for usage, description in commands(help_text):
        out += ['.TP', '.B ' + esc(usage), esc(description)]
    out += [
        '.PP', '.B portolan help', '.I COMMAND', 'lists the options of one command.',
        '.SH OPTIONS',
        '.TP', '.B \\-\\-help', 'The commands, or with a command its options.',
        '.TP', '.B \\-\\-version', 'The version.',
        '.SH EXIT STATUS',
        '.TP', '.B 0', 'Success.',
        '.TP', '.B 1', 'The command failed; nothing was written.',
        '.TP', '.B 2', 'The command line was wrong.',
        '.SH ENVIRONMENT',
        '.TP', '.B SOURCE_DATE_EPOCH',
        'The date printed in the handover pack, for reproducible builds.',
        '.SH FILES',
        '.TP', '.I *.portolan',
        'A project: one SQLite database holding the design, its addresses and its drawing. '
        'There is no Save: every change is written at once.',
        '.TP', '.I ~/.config/Portolan/Portolan.conf',
        'The preferences and what the window remembers.',
        '.SH SEE ALSO',
        'The User Guide in the window (Help \\(-> User Guide, F1).',
    ]
    (ROOT / 'installer/portolan.1').write_text('\n'.join(out) + '\n', encoding='utf-8')


if __name__ == '__main__':
    main()
