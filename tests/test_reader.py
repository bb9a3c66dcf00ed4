from __future__ import annotations

import codecs
import json
import os
from datetime import date
from pathlib import Path

import pytest

from frontline.errors import InputError
from frontline.model import Article, content_hash
from frontline.reader import read_sources

MD = """---
title: Russia acknowledges North Korean troops
publisher: RIA Novosti
url: https://example.org/a1
published: 2025-04-28
language: en
---
Valery Gerasimov acknowledged on April 26 that North Korean troops fought in Kursk Oblast.
"""


def read(*paths: Path | str, **kw: object) -> list[Article | InputError]:
    return list(read_sources(paths, **kw))  # type: ignore[arg-type]


def only(items: list[Article | InputError]) -> Article | InputError:
    assert len(items) == 1, items
    return items[0]


def read_text(tmp_path: Path, name: str, text: str) -> Article:
    """The one article read from ``text`` written to ``tmp_path/name``."""
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    a = only(read(p))
    assert isinstance(a, Article), a
    return a


def test_markdown_with_front_matter(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text(MD, encoding="utf-8")
    a = only(read(p))
    assert isinstance(a, Article)
    assert a.title == "Russia acknowledges North Korean troops"
    assert a.publisher == "RIA Novosti"
    assert a.url == "https://example.org/a1"
    assert a.published == date(2025, 4, 28)
    assert a.language == "en"
    assert a.text.startswith("Valery Gerasimov acknowledged")
    assert a.source == str(p)
    assert a.id == content_hash(a.text)
    assert a.warnings == ()


def test_plain_text_without_front_matter(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Kyiv said nothing.\n", encoding="utf-8")
    a = only(read(p))
    assert isinstance(a, Article)
    assert (a.text, a.title, a.published) == ("Kyiv said nothing.", None, None)


def test_markdown_title_falls_back_to_heading(tmp_path: Path) -> None:
    p = tmp_path / "a.markdown"
    p.write_text("# The headline\n\nBody text.\n", encoding="utf-8")
    a = only(read(p))
    assert isinstance(a, Article) and a.title == "The headline"


def test_malformed_yaml_names_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.md"
    p.write_text("---\ntitle: ok\npublisher: [unclosed\n---\nText.\n", encoding="utf-8")
    e = only(read(p))
    assert isinstance(e, InputError)
    assert "malformed YAML" in e.what
    assert e.where is not None and e.where.startswith(f"{p}:")
    assert int(e.where.rsplit(":", 1)[1]) in (3, 4)


@pytest.mark.parametrize("value", ["2025-13-45", "'2025-02-30'", "yesterday"])
def test_bad_date_names_the_field(tmp_path: Path, value: str) -> None:
    p = tmp_path / "d.md"
    p.write_text(f"---\npublished: {value}\n---\nText.\n", encoding="utf-8")
    e = only(read(p))
    assert isinstance(e, InputError)
    assert "'published'" in e.what and e.where == f"{p}:2"  # the field's line


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025-04-30", date(2025, 4, 30)), ("2025-04-30T10:00:00Z", date(2025, 4, 30))],
)
def test_dates_and_datetimes(tmp_path: Path, value: str, expected: date) -> None:
    p = tmp_path / "d.md"
    p.write_text(f"---\npublished: {value}\n---\nText.\n", encoding="utf-8")
    a = only(read(p))
    assert isinstance(a, Article) and a.published == expected


def test_unclosed_front_matter(tmp_path: Path) -> None:
    p = tmp_path / "u.md"
    p.write_text("---\ntitle: x\nText.\n", encoding="utf-8")
    e = only(read(p))
    assert isinstance(e, InputError) and e.where == f"{p}:1"


@pytest.mark.parametrize(
    "content",
    [b"", b"   \n\t\n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"---\ntitle: x\n---\n\n"],
)
def test_empty_blank_binary_or_textless(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "x.md"
    p.write_bytes(content)
    assert isinstance(only(read(p)), InputError)


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes("Café in Sudzha".encode("latin-1"))
    a = only(read(p))
    assert isinstance(a, Article)
    assert a.text == "Caf\ufffd in Sudzha"
    assert a.warnings and "UTF-8" in a.warnings[0]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    p = tmp_path / "wide.md"
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    p.write_bytes(bom + MD.encode(codec))
    a = only(read(p))
    assert isinstance(a, Article) and a.publisher == "RIA Novosti" and a.warnings == ()


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    p = tmp_path / "bom.md"
    p.write_bytes(codecs.BOM_UTF8 + MD.encode())
    a = only(read(p))
    assert isinstance(a, Article) and a.title is not None


def test_jsonl_broken_line_does_not_stop_the_others(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    good = {
        "id": "x1",
        "url": "https://e.org/1",
        "title": "T",
        "publisher": "TASS",
        "published": "2025-03-01",
        "text": "One.",
    }
    lines = [json.dumps(good), "{not json", "", json.dumps({"text": "Two."}), json.dumps([1])]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(p)
    assert len(items) == 4
    first, broken, second, notobj = items
    assert isinstance(first, Article) and first.source == f"{p}:1"
    assert (first.doc_id, first.published, first.publisher) == ("x1", date(2025, 3, 1), "TASS")
    assert isinstance(broken, InputError) and broken.where == f"{p}:2"
    assert isinstance(second, Article) and second.source == f"{p}:4"
    assert isinstance(notobj, InputError) and notobj.where == f"{p}:5"


def test_jsonl_missing_text_and_bad_date(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text('{"title": "no text"}\n{"text": "x", "published": "2025-13-45"}\n')
    a, b = read(p)
    assert isinstance(a, InputError) and "text" in a.what
    assert isinstance(b, InputError) and "'published'" in b.what and b.where == f"{p}:2"


HTML = """<html><head><title>Kremlin confirms troops</title>
<meta property="og:site_name" content="Meduza">
<meta property="og:url" content="https://meduza.example/a">
<meta property="article:published_time" content="2025-04-28T09:00:00+00:00">
</head><body><nav>Home | World</nav><article><h1>Kremlin confirms troops</h1>
<p>Dmitry Peskov confirmed on Monday that North Korean troops had been deployed to Kursk Oblast,
after months in which Moscow declined to comment on the reports from Seoul and Kyiv.</p>
<p>Ukraine's General Staff said the troops took part in the fighting near Sudzha in March and
that several of them were captured by the 95th Air Assault Brigade in the region.</p>
</article><footer>Copyright</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    a = only(read(p))
    assert isinstance(a, Article)
    assert "Dmitry Peskov confirmed" in a.text
    assert "Copyright" not in a.text
    assert a.title == "Kremlin confirms troops"
    assert a.publisher == "Meduza"
    assert a.published == date(2025, 4, 28)


def test_html_blocks_are_paragraphs_and_the_headline_is_the_title(tmp_path: Path) -> None:
    p = tmp_path / "live.html"
    p.write_text(HTML.replace("<p>Ukraine", "<h2>09.02 BST</h2><p>Ukraine"), encoding="utf-8")
    a = only(read(p))
    assert isinstance(a, Article)
    assert not a.text.startswith("Kremlin confirms troops")  # the headline is the title
    paragraphs = a.text.split("\n\n")
    assert paragraphs[0].startswith("Dmitry Peskov confirmed on Monday")
    assert "09.02 BST" in paragraphs  # a time stamp is a block of its own, not part of a sentence
    assert paragraphs[-1].startswith("Ukraine's General Staff said")


def test_html_standfirst_repeating_the_description_is_not_text(tmp_path: Path) -> None:
    standfirst = "Kremlin spokesman says deployment followed a treaty with Pyongyang"
    a = read_text(
        tmp_path,
        "standfirst.html",
        HTML.replace(
            '<meta property="og:url"',
            f'<meta property="og:description" content="{standfirst}">\n<meta property="og:url"',
        ).replace("<p>Dmitry", f'<p class="standfirst">{standfirst}</p>\n<p>Dmitry'),
    )
    assert standfirst not in a.text
    assert a.text.startswith("Dmitry Peskov confirmed on Monday")


def test_html_without_main_text(tmp_path: Path) -> None:
    p = tmp_path / "empty.htm"
    p.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    e = only(read(p))
    assert isinstance(e, InputError) and "main text" in e.what


def test_directory_is_walked_sorted_and_skips_unknown(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.md").write_text("Zed.")
    (tmp_path / "a.txt").write_text("Aye.")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden.md").write_text("Hidden.")
    (tmp_path / "c.jsonl").write_text('{"text": "Sea."}\n')
    items = read(tmp_path)
    assert [i.text for i in items if isinstance(i, Article)] == ["Aye.", "Zed.", "Sea."]
    assert all(isinstance(i, Article) for i in items)


def test_symlink_loops_are_not_followed_forever(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.md").write_text("Once.")
    os.symlink(tmp_path, tmp_path / "d" / "loop")
    items = read(tmp_path)
    assert [i.text for i in items if isinstance(i, Article)] == ["Once."]


def test_explicit_unknown_extension_and_missing_path(tmp_path: Path) -> None:
    p = tmp_path / "notes.docx"
    p.write_bytes(b"PK")
    e1, e2 = read(p, tmp_path / "nope.md")
    assert isinstance(e1, InputError) and "unsupported" in e1.what and e1.where == str(p)
    assert isinstance(e2, InputError) and "no such file" in e2.what


def test_max_bytes_argument_and_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = tmp_path / "big.md"
    p.write_text("x" * 200)
    e = only(read(p, max_bytes=100))
    assert isinstance(e, InputError) and "too large" in e.what and "FRONTLINE_MAX_BYTES" in str(e)
    monkeypatch.setenv("FRONTLINE_MAX_BYTES", "100")
    assert isinstance(only(read(p)), InputError)
    monkeypatch.setenv("FRONTLINE_MAX_BYTES", "1000")
    assert isinstance(only(read(p)), Article)


def test_a_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "1.md").write_text("---\ntitle: [x\n---\nA.\n")
    (tmp_path / "2.md").write_text("B.")
    items = read(tmp_path)
    assert isinstance(items[0], InputError) and isinstance(items[1], Article)


def test_error_text_and_exit_codes() -> None:
    import pickle

    from frontline.errors import (
        ExtractionError,
        FrontlineError,
        QueryError,
        StoreError,
        UsageError,
    )

    e = InputError("file is empty", "corpus/a.md", "add the article text")
    assert str(e) == "file is empty (corpus/a.md): add the article text"
    assert str(InputError("bad")) == "bad"
    for cls in (InputError, UsageError, StoreError, QueryError, ExtractionError):
        assert issubclass(cls, FrontlineError) and cls("x").exit_code == 2
    q = pickle.loads(pickle.dumps(QueryError("syntax", "q.rq", "fix", line=2, column=5)))
    assert (q.line, q.column, str(q)) == (2, 5, "syntax (q.rq): fix")


def test_a_title_with_a_colon_is_read_with_a_warning(tmp_path: Path) -> None:
    # not YAML (a second ": " in a plain value), but plainly one field per line
    a = read_text(
        tmp_path,
        "colon.md",
        "---\ntitle: Iran's Araghchi: Tehran will respond\npublisher: IRNA\n"
        "published: 2025-05-20\n---\nText of the article.\n",
    )
    assert a.title == "Iran's Araghchi: Tehran will respond"
    assert a.publisher == "IRNA" and a.published == date(2025, 5, 20)
    assert any("not valid YAML" in w for w in a.warnings)


def test_markdown_blockquotes_are_quotations_and_list_items_paragraphs(tmp_path: Path) -> None:
    a = read_text(
        tmp_path,
        "live.md",
        "---\ntitle: Live\n---\nDmitry Peskov told reporters:\n\n"
        "> The delegation has all the necessary powers.\n> It will stay in Istanbul.\n\n"
        "> A pull quote on its own.\n\n"
        "- Ukraine's defence minister will lead the delegation, Zelensky said.\n"
        "- The talks begin at 12.30.\n",
    )
    assert a.text.split("\n\n") == [
        "Dmitry Peskov told reporters: “The delegation has all the necessary powers. It will stay"
        " in Istanbul.”",
        "“A pull quote on its own.”",
        "Ukraine's defence minister will lead the delegation, Zelensky said.",
        "The talks begin at 12.30.",
    ]


def test_a_statement_quoted_in_full_keeps_its_paragraphs(tmp_path: Path) -> None:
    # "reads as follows:" introduces a release quoted whole: its paragraphs stay paragraphs,
    # in no quotation marks (whose voice they are is the release's)
    a = read_text(
        tmp_path,
        "full.md",
        "---\ntitle: Kazgil\n---\nThe full text of the army's statement reads as follows:\n\n"
        "> Statement from the Official Spokesperson of the Armed Forces\n>\n"
        "> We categorically deny the claims circulated by the militia.\n>\n"
        "> We condemn the shelling of the health centre.\n\nResidents said the town was calm.\n",
    )
    assert a.text.split("\n\n") == [
        "The full text of the army's statement reads as follows:",
        "Statement from the Official Spokesperson of the Armed Forces",
        "We categorically deny the claims circulated by the militia.",
        "We condemn the shelling of the health centre.",
        "Residents said the town was calm.",
    ]


def test_a_bullet_summary_opening_the_article_is_left_out(tmp_path: Path) -> None:
    # the summary repeats the body's speech acts; a list later in the body stays
    a = read_text(
        tmp_path,
        "summary.md",
        "---\ntitle: Zaporizke\n---\n- Russia says it captured Zaporizke\n"
        "- Kyiv denies the claim\n\n"
        "Russia's Defense Ministry claimed on Sunday that its troops had taken Zaporizke.\n\n"
        "- The village had 300 residents.\n- Most have left.\n",
    )
    assert a.text.split("\n\n") == [
        "Russia's Defense Ministry claimed on Sunday that its troops had taken Zaporizke.",
        "The village had 300 residents.",
        "Most have left.",
    ]
    only_list = tmp_path / "list.md"
    only_list.write_text("- One line of news\n- Another line\n", encoding="utf-8")
    b = only(read(only_list))
    assert isinstance(b, Article) and b.text.split("\n\n") == ["One line of news", "Another line"]
