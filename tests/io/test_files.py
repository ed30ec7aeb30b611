"""The one reader under every command: regular files only, bounded, BOM-aware, one-line errors."""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from interviewer.core.errors import ExitStatus, InputFileError, UnreadableInputError
from interviewer.io.files import MAX_LINE_BYTES, read_bytes, read_text
from tests.fuzz.nasty import bind_socket


@pytest.fixture
def unix_socket(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "talk.sock"
    server = bind_socket(path)
    try:
        yield path
    finally:
        server.close()


def test_a_fifo_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "p1.txt"
    os.mkfifo(fifo)  # no writer: opening it for reading without O_NONBLOCK would block
    with pytest.raises(UnreadableInputError) as err:
        read_text(fifo)
    assert str(err.value) == f"{fifo}: is a named pipe (FIFO), not a regular file"
    assert err.value.exit_status == ExitStatus.FAILURE


@pytest.mark.parametrize(
    ("which", "message"),
    [
        ("/dev/null", "is a device, not a regular file"),
        ("/dev/zero", "is a device, not a regular file"),  # would never end
        ("socket", "is a socket, not a regular file"),
        ("folder", "is a folder, not a file"),
    ],
)
def test_devices_sockets_and_folders_are_refused(
    which: str, message: str, tmp_path: Path, unix_socket: Path
) -> None:
    path = {"socket": unix_socket, "folder": tmp_path}.get(which, Path(which))
    with pytest.raises(UnreadableInputError, match=message):
        read_bytes(path)


def test_missing_files_and_broken_links_raise_the_callers_error(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        read_text(tmp_path / "gone.txt")
    (tmp_path / "link.txt").symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(InputFileError, match="broken symbolic link"):
        read_text(tmp_path / "link.txt")


def test_a_link_to_a_regular_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text("hello\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    assert read_text(tmp_path / "link.txt") == "hello\n"


def test_size_and_line_limits_name_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"short\n" + b"x" * (MAX_LINE_BYTES + 1) + b"\nend\n")
    with pytest.raises(UnreadableInputError) as err:
        read_text(path)
    assert str(err.value) == f"{path}:2: line too long (over 1 MB without a line break)"
    assert read_bytes(path, max_line=None).endswith(b"end\n")
    with pytest.raises(UnreadableInputError, match=r"file too large \(1 MB; at most 1 KB\)"):
        read_bytes(path, max_bytes=1024, max_line=None)


def test_a_line_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "edge.txt"
    path.write_bytes(b"y" * MAX_LINE_BYTES + b"\n" + b"z" * MAX_LINE_BYTES)
    assert len(read_bytes(path)) == 2 * MAX_LINE_BYTES + 1


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_a_byte_order_mark_decides_the_encoding(bom: bytes, codec: str, tmp_path: Path) -> None:
    path = tmp_path / "bank.yaml"
    path.write_bytes(bom + "job: café ☕\n".encode(codec))
    assert read_text(path, encoding="utf-8") == "job: café ☕\n"


def test_undecodable_text_is_an_input_failure_at_the_line_of_the_bad_byte(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p1.coded.jsonl"
    path.write_bytes(b'{}\n{}\n{"text": "caf\xe9"}\n')
    with pytest.raises(UnreadableInputError) as err:
        read_text(path)
    assert str(err.value) == f"{path}:3: not valid UTF-8 text (invalid continuation byte)"
    assert err.value.exit_status == ExitStatus.FAILURE
