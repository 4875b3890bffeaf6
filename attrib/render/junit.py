"""``attrib check --format junit``: JUnit XML for CI test reports (GitLab, Jenkins, Azure ...).

One ``<testsuite>`` per file checked; one ``<testcase>`` per finding, failed when the finding is at
or above ``--fail-on``; a clean file is one passing testcase; an unreadable input is an ``<error>``.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from . import xml_text


def render(result) -> str:
    by_file = defaultdict(list)
    for f in result.findings:
        by_file[f.path].append(f)
    root = ET.Element("testsuites", name="attrib check")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for path in list(dict.fromkeys(list(result.files) + list(by_file))):
        findings = by_file.get(path, [])
        suite = ET.SubElement(root, "testsuite", name=path)
        failures = 0
        if not findings:
            ET.SubElement(suite, "testcase", classname=path, name="attrib check", file=path)
        for f in findings:
            case = ET.SubElement(suite, "testcase", classname=path, name=f"{f.code} {f.line}:{f.col} {f.text}",
                                 file=path, line=str(f.line))
            body = f"{f.path}:{f.line}:{f.col}: {f.code} {f.message}\n{f.context}"
            if result.fails(f):
                failures += 1
                el = ET.SubElement(case, "failure", type=f.code, message=f.message)
                el.text = body
            else:
                ET.SubElement(case, "system-out").text = f"[{f.severity}] {body}"
        tests = max(1, len(findings))
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        totals["tests"] += tests
        totals["failures"] += failures
    if result.errors:
        suite = ET.SubElement(root, "testsuite", name="attrib", tests=str(len(result.errors)), failures="0",
                              errors=str(len(result.errors)))
        for e in result.errors:
            case = ET.SubElement(suite, "testcase", classname="attrib", name=e.split(": ", 1)[0])
            ET.SubElement(case, "error", message=e).text = e
        totals["tests"] += len(result.errors)
        totals["errors"] += len(result.errors)
    for k, v in totals.items():
        root.set(k, str(v))
    for el in root.iter():  # XML 1.0 cannot hold control characters (a name, a figure, a sentence may)
        el.attrib.update({k: xml_text(v) for k, v in el.attrib.items()})
        if el.text:
            el.text = xml_text(el.text)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
