#!/usr/bin/env python3
# Fills the English plural forms of translations/portolan_en.ts from the
# sources' "(s)" texts: "%n component(s)" becomes "%n component" and
# "%n components", with the verb that follows made singular. Run after
# `cmake --build BUILD --target update_translations`, then read the result.
import re, sys
import xml.etree.ElementTree as ET
path = sys.argv[1]
tree = ET.parse(path)
singular_fix = [
    (r'(\d|%n) component has addresses', None),
]
verb_fixes = [
    ('(s) have ', 's have ', ' has '),
    ('(s) were ', 's were ', ' was '),
    ('(s) belong to it. They stay', 's belong to it. They stay', ' belongs to it. It stays'),
]
def forms(src):
    plural = src.replace('(es)', 'es').replace('(s)', 's')
    single = src.replace('(es)', '').replace('(s)', '')
    # verbs that follow the counted noun
    for pat, pl, sg in verb_fixes:
        if pat in src:
            single = single.replace(pl.replace('s ', ' ', 1) if False else pat.replace('(s)', ''), sg)
    # "%n have an endpoint" (no noun)
    if src.startswith('%n have '):
        single = single.replace('%n have ', '%n has ', 1)
    single = single.replace(' flow. What becomes of them?', ' flow. What becomes of it?')
    single = single.replace('rule of the pack have an endpoint without an address in %1; they are shaded', 'rule of the pack has an endpoint without an address in %1; it is shaded')
    single = single.replace('rules of %2 cannot be requested as they are', 'rules of %2 cannot be requested as it is')
    if 'cannot be requested as it is' in single:
        single = single.replace('They are marked in the Status column', 'It is marked in the Status column')
    return single, plural
for m in tree.iter('message'):
    if m.get('numerus') != 'yes':
        continue
    src = m.find('source').text
    tr = m.find('translation')
    single, plural = forms(src)
    nf = tr.findall('numerusform')
    nf[0].text, nf[1].text = single, plural
    tr.attrib.pop('type', None)
    print(f'{src!r}\n   1: {single!r}\n   n: {plural!r}')
tree.write(path, encoding='utf-8', xml_declaration=True)
