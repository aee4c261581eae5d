"""Avatars: a real picture is re-encoded to clean squares; anything hostile is refused with a reason."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image
from sqlmodel import Session

from forum.media.avatars import MAX_BYTES, SIZES, AvatarRefused, avatar_store, process_avatar
from forum.services.avatars import clear_avatar, set_avatar
from forum.services.errors import PermissionDenied
from tests.factories import World


def _image(fmt: str, size: tuple[int, int] = (300, 200), colour: tuple[int, int, int] = (20, 120, 200),
           **save: object) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format=fmt, **save)
    return out.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` pixels (a decompression bomb's opening)."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"\x00" * 64))
            + _chunk(b"IEND", b""))


def _with_exif() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "SpyCam"  # Make
    exif[0x8825] = {1: "N"}  # GPS
    return _image("JPEG", exif=exif.tobytes())


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_each_accepted_format_becomes_square_webp_at_every_size(fmt: str) -> None:
    images = process_avatar(_image(fmt))
    assert sorted(images) == sorted(SIZES)
    for size, payload in images.items():
        with Image.open(io.BytesIO(payload)) as out:
            assert (out.format, out.size) == ("WEBP", (size, size))


def test_metadata_does_not_survive_re_encoding() -> None:
    for payload in process_avatar(_with_exif()).values():
        assert b"SpyCam" not in payload and b"Exif" not in payload


def test_a_polyglot_comes_out_as_just_an_image() -> None:
    hostile = _image("PNG") + b"<html><script>alert(document.cookie)</script></html>PK\x03\x04"
    for payload in process_avatar(hostile).values():
        assert b"<script" not in payload and b"PK\x03\x04" not in payload


@pytest.mark.parametrize("data", [
    b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
    b"GIF89a" + b"\x00" * 40,
    b"<html>not an image</html>",
    b"%PDF-1.7 not an image",
], ids=["svg", "gif", "html", "pdf"])
def test_other_types_are_refused(data: bytes) -> None:
    with pytest.raises(AvatarRefused, match="PNG, JPEG or WebP"):
        process_avatar(data)


def test_a_file_whose_signature_lies_about_its_format_is_refused() -> None:
    with pytest.raises(AvatarRefused):
        process_avatar(b"\x89PNG\r\n\x1a\n" + _image("JPEG"))


def test_a_truncated_image_is_refused() -> None:
    whole = _image("PNG", (400, 400), compress_level=0)
    with pytest.raises(AvatarRefused, match="not a complete"):
        process_avatar(whole[: len(whole) // 2])


def test_huge_dimensions_are_refused_before_decoding() -> None:
    bomb = _png_claiming(20_000, 20_000)  # a few bytes on disk, 400 megapixels in memory
    assert len(bomb) < 200
    with pytest.raises(AvatarRefused, match="too large"):
        process_avatar(bomb)


def test_files_over_two_megabytes_are_refused() -> None:
    with pytest.raises(AvatarRefused, match="2 MB"):
        process_avatar(_image("PNG") + b"\x00" * MAX_BYTES)


def test_setting_an_avatar_stores_files_and_replaces_the_old_ones(session: Session, world: World,
                                                                  tmp_path: Path) -> None:
    store = avatar_store(tmp_path)
    first = set_avatar(session, actor_id=world.member.id, data=_image("PNG"), store=store)
    second = set_avatar(session, actor_id=world.member.id, data=_image("JPEG", (64, 64), (200, 40, 40)),
                        store=store)
    assert world.member.avatar_url == second != first
    name = second.rsplit("/", 1)[-1]
    assert store.path_for(f"{name}-48.webp") is not None
    assert store.path_for(first.rsplit("/", 1)[-1] + "-48.webp") is None
    assert store.path_for("../secret_key") is None and store.path_for(f"{name}-49.webp") is None
    clear_avatar(session, actor_id=world.member.id, store=store)
    assert world.member.avatar_url is None and list(store.root.iterdir()) == []


def test_visitors_cannot_set_an_avatar(session: Session, world: World, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        set_avatar(session, actor_id=None, data=_image("PNG"), store=avatar_store(tmp_path))
