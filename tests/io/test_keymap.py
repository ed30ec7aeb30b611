"""The key map file: binding ids to keys; a broken one is one line naming file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.errors import InputFileError
from interviewer.io.keymap import DEFAULT_KEYMAP, KEYMAP_ENV, KeymapError, keymap_path, read_keymap


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "keymap.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_binding_ids_map_to_keys(tmp_path: Path) -> None:
    path = write(tmp_path, "interview.wrap_up: f9\ntree.kind: K\n")
    assert read_keymap(path) == {"interview.wrap_up": "f9", "tree.kind": "K"}


def test_an_empty_file_maps_nothing(tmp_path: Path) -> None:
    assert read_keymap(write(tmp_path, "# nothing remapped yet\n")) == {}


@pytest.mark.parametrize(
    "text",
    [
        "- interview.wrap_up\n- f9\n",  # a list, not a mapping
        "interview.wrap_up: 9\n",  # a number is not a key name
        "interview.wrap_up: [f9, f10]\n",  # one key per binding
    ],
)
def test_anything_but_ids_to_keys_is_refused(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(KeymapError) as caught:
        read_keymap(path)
    assert str(caught.value) == f"{path}: expected a mapping of binding ids to keys"


def test_broken_yaml_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "interview.wrap_up: f9\ntree.kind: [K\n")
    with pytest.raises(KeymapError) as caught:
        read_keymap(path)
    assert caught.value.path == str(path) and caught.value.line == 3
    assert caught.value.message.startswith("not valid YAML: ")
    assert "\n" not in str(caught.value)


def test_text_that_is_not_utf8_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "keymap.yaml"
    path.write_bytes(b"interview.wrap_up: f9\ntree.kind: \xff\n")
    with pytest.raises(KeymapError) as caught:
        read_keymap(path)
    assert caught.value.line == 2 and "not valid UTF-8" in caught.value.message


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        read_keymap(tmp_path / "absent.yaml")


def test_the_environment_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEYMAP_ENV, str(tmp_path / "keys.yaml"))
    assert keymap_path() == tmp_path / "keys.yaml"
    monkeypatch.delenv(KEYMAP_ENV)
    assert keymap_path() == DEFAULT_KEYMAP.expanduser()
