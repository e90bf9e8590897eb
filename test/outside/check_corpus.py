#!/usr/bin/python3
"""Outside check of issue 16 on the Excel-saved corpus (not a jest test; a tool for the lead).

For each corpus workbook, in a temporary folder (nothing is written under the corpus):
  a. `refresh <file> -o out.xlsx`: nothing may be written, a message must say so.
  b. A goal sheet is added to the package with zipfile (every other entry copied byte for byte),
     then `refresh -o`: statuses on the goal sheet, untouched parts byte-identical, workbook.xml
     keeps defined names and protection, every XML part well-formed, styles and shared strings
     only appended, output mode 0644 under umask 022, output opens in openpyxl.
  --in-place-every N: also `refresh --in-place` on every Nth file (backup bytes == input bytes,
  mode kept, a second run leaves the backup alone).

Usage: check_corpus.py [--corpus DIR] [--only NAME ...] [--in-place-every N] [--json result.json]
"""
import argparse
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

CLI = os.environ.get("SOPIMUS_CLI", "/work/main/bin/sopimus.js")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKGREL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
WS_TYPE = RELNS + "/worksheet"
WS_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
ALLOWED_CHANGE = {
    "xl/styles.xml",
    "xl/sharedStrings.xml",
    "[Content_Types].xml",
    "xl/_rels/workbook.xml.rels",
    "xl/workbook.xml",  # checked separately: defined names and protection kept
}
GOAL_ROWS = [
    ("Täyttöaste", "Täyttöaste %", "Vähintään 100 %", 98.5, "98,5"),
    ("Virheet", "Virheprosentti", "enintään 5 %", 4, "4"),
    ("Asiakastyytyväisyys", "Arvosana", "vähintään 4", 3.2, "3,2"),
    ("Tapahtumat", "Tapahtumien määrä", "Vähintään 300 tapahtumaa", 310, "310"),
]
STATUS_WORDS = {"Vihreä": "green", "Keltainen": "yellow", "Punainen": "red"}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def goal_sheet_xml(text_actuals):
    def cell(ref, v):
        if isinstance(v, str):
            return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, esc(v))
        return '<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v)

    rows = ['<row r="1">' + "".join(
        cell(c + "1", h) for c, h in zip("ABCD", ["Tavoite", "Mittari", "Tavoitetaso", "Toteuma"])
    ) + "</row>"]
    for i, (g, m, t, num, txt) in enumerate(GOAL_ROWS, start=2):
        a = txt if text_actuals else num
        rows.append('<row r="%d">%s%s%s%s</row>' % (
            i, cell("A%d" % i, g), cell("B%d" % i, m), cell("C%d" % i, t), cell("D%d" % i, a)))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="%s" xmlns:r="%s"><sheetData>%s</sheetData>'
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            '</worksheet>' % (MAIN, RELNS, "".join(rows))).encode("utf-8")


def add_goal_sheet(src, dst, text_actuals):
    """Copy src to dst adding a worksheet part with a goal table. Returns (part name, sheet name)."""
    zin = zipfile.ZipFile(src)
    names = zin.namelist()
    wb = zin.read("xl/workbook.xml").decode("utf-8")
    rels = zin.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    ct = zin.read("[Content_Types].xml").decode("utf-8")
    n = 1
    while "xl/worksheets/sheet%d.xml" % n in names:
        n += 1
    part = "xl/worksheets/sheet%d.xml" % n
    ids = [int(x) for x in re.findall(r'Id="rId(\d+)"', rels)]
    rid = "rId%d" % (max(ids + [0]) + 1)
    sheet_ids = [int(x) for x in re.findall(r'<sheet [^>]*sheetId="(\d+)"', wb)]
    existing = set(re.findall(r'<sheet [^>]*name="([^"]*)"', wb))
    sname = "Tavoitteet"
    while sname in existing:
        sname += "2"
    # prefix bound to the relationships namespace in workbook.xml
    m = re.search(r'xmlns:(\w+)="%s"' % re.escape(RELNS), wb)
    if m:
        prefix, extra = m.group(1), ""
    else:
        prefix, extra = "r", ' xmlns:r="%s"' % RELNS
    entry = '<sheet name="%s" sheetId="%d" %s:id="%s"%s/>' % (
        sname, max(sheet_ids + [0]) + 1, prefix, rid, extra)
    wb2 = re.sub(r"</sheets>", lambda _: entry + "</sheets>", wb, count=1)
    assert wb2 != wb, "no </sheets> in workbook.xml"
    rel = '<Relationship Id="%s" Type="%s" Target="worksheets/sheet%d.xml"/>' % (rid, WS_TYPE, n)
    rels2 = rels.replace("</Relationships>", rel + "</Relationships>")
    ov = '<Override PartName="/%s" ContentType="%s"/>' % (part, WS_CT)
    ct2 = ct.replace("</Types>", ov + "</Types>")
    replaced = {"xl/workbook.xml": wb2.encode("utf-8"),
                "xl/_rels/workbook.xml.rels": rels2.encode("utf-8"),
                "[Content_Types].xml": ct2.encode("utf-8")}
    with zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = replaced.get(info.filename, None)
            zout.writestr(info, data if data is not None else zin.read(info.filename),
                          compress_type=info.compress_type)
        zi = zipfile.ZipInfo(part, date_time=(1980, 1, 1, 0, 0, 0))
        zout.writestr(zi, goal_sheet_xml(text_actuals), compress_type=zipfile.ZIP_DEFLATED)
    zin.close()
    return part, sname


def run(args, cwd):
    p = subprocess.run(["node", CLI] + args, cwd=cwd, capture_output=True, timeout=300)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def first_diff(a, b):
    for i in range(min(len(a), len(b))):
        if a[i] != b[i]:
            return "byte %d: in %r / out %r" % (i, a[max(0, i - 30):i + 40], b[max(0, i - 30):i + 40])
    return "length %d / %d" % (len(a), len(b))


def elem_key(e):
    return (e.tag, sorted(e.attrib.items()), (e.text or "").strip(), [elem_key(c) for c in e])


def children(xml_bytes, container):
    root = ET.fromstring(xml_bytes)
    if root.tag == "{%s}%s" % (MAIN, container):
        node = root
    else:
        node = root.find("{%s}%s" % (MAIN, container))
    return None if node is None else list(node)


def check_appended(a, b, container, what):
    """Every child of container in a appears at the same index in b."""
    ca, cb = children(a, container), children(b, container)
    if ca is None:
        return None
    if cb is None:
        return "%s: <%s> gone" % (what, container)
    for i, e in enumerate(ca):
        if i >= len(cb):
            return "%s: <%s> has %d children, was %d" % (what, container, len(cb), len(ca))
        if elem_key(e) != elem_key(cb[i]):
            return "%s: <%s> child %d changed: %s -> %s" % (
                what, container, i, ET.tostring(e)[:200], ET.tostring(cb[i])[:200])
    return None


def check_workbook(a, b):
    problems = []
    ra, rb = ET.fromstring(a), ET.fromstring(b)
    dn = lambda r: [elem_key(e) for e in r.iter("{%s}definedName" % MAIN)]
    da, db = dn(ra), dn(rb)
    for d in da:
        if d not in db:
            problems.append("definedName lost/changed: %s=%s" % (dict(d[1]).get("name"), d[2]))
    for tag in ("workbookProtection", "fileSharing", "calcPr", "workbookPr", "bookViews"):
        ea, eb = ra.find("{%s}%s" % (MAIN, tag)), rb.find("{%s}%s" % (MAIN, tag))
        if ea is not None and (eb is None or elem_key(ea) != elem_key(eb)):
            problems.append("%s lost/changed" % tag)
    sa = [elem_key(e) for e in ra.iter("{%s}sheet" % MAIN)]
    sb = [elem_key(e) for e in rb.iter("{%s}sheet" % MAIN)]
    if sa != sb:
        problems.append("sheets changed")
    return problems


def check_output(inp, out, goal_part, sname, text_actuals):
    """Returns dict of check -> list of problems."""
    res = {k: [] for k in ("bytes", "workbook", "wellformed", "styles", "strings", "mode",
                           "openpyxl", "statuses", "order", "recompressed")}
    zi, zo = zipfile.ZipFile(inp), zipfile.ZipFile(out)
    ni, no = zi.namelist(), zo.namelist()
    for n in ni:
        if n not in no:
            res["bytes"].append("%s missing in output" % n)
            continue
        if n == goal_part or n in ALLOWED_CHANGE:
            continue
        a, b = zi.read(n), zo.read(n)
        if a != b:
            res["bytes"].append("%s differs: %s" % (n, first_diff(a, b)))
    added = [n for n in no if n not in ni]
    for info in zi.infolist():
        if info.filename == goal_part or info.filename in ALLOWED_CHANGE or info.filename not in no:
            continue
        o = zo.getinfo(info.filename)
        if (o.compress_type, o.CRC, o.compress_size) != (info.compress_type, info.CRC,
                                                         info.compress_size):
            res["recompressed"].append("%s: method %d/%d, compressed size %d/%d" % (
                info.filename, info.compress_type, o.compress_type, info.compress_size,
                o.compress_size))
    if [n for n in no if n in ni] != ni:
        res["order"].append("entry order changed")
    for n in no:
        if n.endswith(".xml") or n.endswith(".rels"):
            try:
                ET.fromstring(zo.read(n))
            except ET.ParseError as e:
                res["wellformed"].append("%s: %s" % (n, e))
    if "xl/workbook.xml" in no:
        a, b = zi.read("xl/workbook.xml"), zo.read("xl/workbook.xml")
        try:
            res["workbook"] += check_workbook(a, b)
        except ET.ParseError:
            pass
    for part, containers in (("xl/styles.xml", ["numFmts", "fonts", "fills", "borders",
                                                 "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"]),
                             ("xl/sharedStrings.xml", ["sst"])):
        key = "styles" if "styles" in part else "strings"
        if part in ni:
            if part not in no:
                res[key].append("%s missing" % part)
                continue
            try:
                for c in containers:
                    p = check_appended(zi.read(part), zo.read(part), c, part)
                    if p:
                        res[key].append(p)
            except ET.ParseError as e:
                res[key].append("%s unparsable: %s" % (part, e))
    mode = stat.S_IMODE(os.stat(out).st_mode)
    if mode != 0o644:
        res["mode"].append("mode %o" % mode)
    statuses = {}
    try:
        import openpyxl
        wb = openpyxl.load_workbook(out)
        ws = wb[sname]
        for r in range(2, 6):
            vals = [ws.cell(row=r, column=c).value for c in range(1, 15)]
            words = [(c, v) for c, v in enumerate(vals, start=1) if v in STATUS_WORDS]
            if not words:
                res["statuses"].append("row %d: no status word (row: %r)" % (r, vals[:8]))
                continue
            c, v = words[0]
            fill = ws.cell(row=r, column=c).fill
            color = fill.fgColor.rgb if fill is not None and fill.fill_type else None
            statuses[r] = (STATUS_WORDS[v], color)
            if not color or color == "00000000":
                res["statuses"].append("row %d: %s without fill" % (r, v))
            g, m, t, num, txt = GOAL_ROWS[r - 2]
            want = [g, m, t, txt if text_actuals else num]
            if vals[:4] != want:
                res["statuses"].append("row %d: goal cells changed %r -> %r" % (r, want, vals[:4]))
        for n in wb.sheetnames:
            wb[n] if hasattr(wb, "sheetnames") else None
    except Exception as e:  # noqa: BLE001
        # openpyxl cannot open some inputs either (chart_combined07: a chart axis it refuses):
        # count that as a failure only when the input opens, and read the statuses read-only.
        try:
            openpyxl.load_workbook(inp)
            res["openpyxl"].append("%s: %s" % (type(e).__name__, str(e)[:200]))
        except Exception:  # noqa: BLE001
            res["_openpyxl_note"] = "input does not open in openpyxl either: %s" % str(e)[:100]
        try:
            ws = openpyxl.load_workbook(out, read_only=True)[sname]
            for r, row in enumerate(ws.iter_rows(min_row=2, max_row=5, values_only=True), start=2):
                words = [v for v in row if v in STATUS_WORDS]
                statuses[r] = (STATUS_WORDS[words[0]] if words else None, "read-only: no fill")
        except Exception as e2:  # noqa: BLE001
            res["openpyxl"].append("read-only too: %s" % str(e2)[:200])
    res["_added"] = added
    res["_statuses"] = statuses
    return res


def check_file(path, tmp, idx, in_place):
    name = os.path.basename(path)
    out = {"file": name}
    d = tempfile.mkdtemp(dir=tmp)
    try:
        # a. no goal table
        rc, so, se = run(["refresh", path, "-o", "a-out.xlsx", "--lang", "en"], d)
        written = os.path.exists(os.path.join(d, "a-out.xlsx"))
        said = "nothing to change" in (so + se).lower() or "nothing was written" in (so + se).lower()
        out["a"] = {"rc": rc, "written": written, "said": said,
                    "ok": (not written) and said and rc in (0, 1),
                    "stderr": se.strip().splitlines()[-1:] if not said or rc not in (0, 1) else []}
        # b. goal sheet added
        text_actuals = idx % 2 == 1
        ginp = os.path.join(d, "goal.xlsx")
        try:
            part, sname = add_goal_sheet(path, ginp, text_actuals)
        except Exception as e:  # noqa: BLE001
            out["b"] = {"setup": "could not add goal sheet: %s" % e}
            return out
        rc, so, se = run(["refresh", "goal.xlsx", "-o", "b-out.xlsx", "--json", "--lang", "en"], d)
        res = {"rc": rc, "text_actuals": text_actuals}
        outp = os.path.join(d, "b-out.xlsx")
        if rc not in (0, 1) or not os.path.exists(outp):
            res["fail"] = "rc %d, output %s; %s" % (rc, os.path.exists(outp), se.strip()[-300:])
        else:
            r = check_output(ginp, outp, part, sname, text_actuals)
            res.update(r)
            try:
                js = json.loads(so)
                res["json_statuses"] = [g.get("status") for g in js.get("goals", [])]
                res["json_issues"] = sorted({i["code"] for i in js.get("issues", [])})
            except Exception as e:  # noqa: BLE001
                res["json_error"] = str(e)
        out["b"] = res
        if in_place:
            ip = os.path.join(d, "ip.xlsx")
            shutil.copyfile(ginp, ip)
            os.chmod(ip, 0o640)
            before = open(ip, "rb").read()
            rc, so, se = run(["refresh", "ip.xlsx", "--in-place", "--lang", "en"], d)
            bak = os.path.join(d, "ip.bak.xlsx")
            r = {"rc": rc, "backup": os.path.exists(bak)}
            r["backup_equal"] = r["backup"] and open(bak, "rb").read() == before
            r["changed"] = open(ip, "rb").read() != before
            r["mode"] = "%o" % stat.S_IMODE(os.stat(ip).st_mode)
            r["ok"] = rc in (0, 1) and r["backup_equal"] and r["changed"] and r["mode"] == "640"
            # second run: backup must not be overwritten
            rc2, so2, se2 = run(["refresh", "ip.xlsx", "--in-place", "--lang", "en"], d)
            r["second_rc"] = rc2
            r["second_msg"] = (se2.strip().splitlines() or [""])[-1][:200]
            r["backup_still_equal"] = open(bak, "rb").read() == before
            r["files_after_second"] = sorted(os.listdir(d))
            out["in_place"] = r
        return out
    finally:
        shutil.rmtree(d, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/work/shared/corpus/excel-saved")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--in-place-every", type=int, default=0, help="also --in-place on every Nth file")
    ap.add_argument("--json", dest="json_out")
    a = ap.parse_args()
    os.umask(0o022)
    files = sorted(f for f in os.listdir(a.corpus) if f.endswith(".xlsx"))
    if a.only:
        files = [f for f in files if f in a.only or f.rsplit(".", 1)[0] in a.only]
    tmp = tempfile.mkdtemp(prefix="check-corpus-")
    results = []
    counts = {}
    try:
        for i, f in enumerate(files):
            r = check_file(os.path.join(a.corpus, f), tmp, i,
                           a.in_place_every > 0 and i % a.in_place_every == 0)
            results.append(r)
            fails = []
            if not r["a"]["ok"]:
                fails.append("a")
            b = r.get("b", {})
            if "setup" in b or "fail" in b:
                fails.append("b-run")
            for k in ("bytes", "workbook", "wellformed", "styles", "strings", "mode", "openpyxl",
                      "statuses", "order", "recompressed"):
                if b.get(k):
                    fails.append(k)
            if "in_place" in r and not r["in_place"]["ok"]:
                fails.append("in_place")
            r["fails"] = fails
            for k in fails:
                counts[k] = counts.get(k, 0) + 1
            print("%-32s %s" % (f, "ok" if not fails else "FAIL " + ",".join(fails)), flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files %d, passed %d; failures per check: %s" % (
        len(results), sum(1 for r in results if not r["fails"]), json.dumps(counts)))
    if a.json_out:
        with open(a.json_out, "w") as fh:
            json.dump(results, fh, ensure_ascii=False, indent=1, default=str)


if __name__ == "__main__":
    main()
