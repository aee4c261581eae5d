"""Avatars: validate an uploaded image, re-encode it to fixed sizes, and keep the files under the data directory.

Accepting a picture from a stranger is treated as hostile input:
- at most ``MAX_BYTES`` (2 MB); the first bytes must be a PNG, JPEG or WebP signature, and Pillow must agree on
  the format (it is only allowed to try those three decoders), so an SVG, HTML, GIF or a renamed file is refused;
- the dimensions are read from the header *before* decoding and refused above ``MAX_SIDE`` a side or
  ``MAX_PIXELS`` in all (decompression bombs), and Pillow's own bomb guard turns its warning into a refusal;
- the pixels are decoded fully (a truncated file is refused, never half-loaded), oriented by EXIF, cropped to
  a centred square and written anew as WebP at each of ``SIZES``: nothing of the original file survives —
  no metadata (EXIF, GPS, ICC, comments) and no trailing bytes, so a polyglot (an image that is also HTML,
  a script or an archive) comes out as just an image.
Files are named by the user and a hash of the result (``<user>-<hash>-<size>.webp``), so a URL never changes
meaning and can be cached for a year; ``AvatarStore`` is the one place that touches the directory.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

MAX_BYTES = 2 * 1024 * 1024
MAX_SIDE = 6000
MAX_PIXELS = 24_000_000
SIZES = (48, 128)
_FORMATS = {"PNG": b"\x89PNG\r\n\x1a\n", "JPEG": b"\xff\xd8\xff"}
_NAME = re.compile(r"^(\d{1,12})-([0-9a-f]{16})-(\d{2,3})\.webp$")


class AvatarRefused(ValueError):
    """The upload is not an acceptable avatar; ``str(error)`` says why, fit to show to the member."""


REFUSALS = {  # code → message; the upload route redirects with the code, the profile page shows the message
    "empty": "Choose an image to upload.",
    "type": "Upload a PNG, JPEG or WebP image.",
    "bytes": "The image is larger than 2 MB.",
    "pixels": f"The image is too large: at most {MAX_SIDE} pixels a side.",
    "broken": "That file is not a complete PNG, JPEG or WebP image.",
}


def refusal_code(error: AvatarRefused) -> str:
    """The code of a refusal (for a redirect's query string: never the member's data)."""
    return next((code for code, message in REFUSALS.items() if message == str(error)), "broken")


def _sniff(data: bytes) -> str:
    for name, magic in _FORMATS.items():
        if data.startswith(magic):
            return name
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    raise AvatarRefused(REFUSALS["type"])


def _square(image: Image.Image) -> Image.Image:
    side = min(image.size)
    left, top = (image.width - side) // 2, (image.height - side) // 2
    return image.crop((left, top, left + side, top + side))


def process_avatar(data: bytes) -> dict[int, bytes]:
    """The upload re-encoded as square WebP images, one per size in ``SIZES``; AvatarRefused otherwise."""
    if not isinstance(data, bytes | bytearray) or not data:
        raise AvatarRefused(REFUSALS["empty"])
    if len(data) > MAX_BYTES:
        raise AvatarRefused(REFUSALS["bytes"])
    declared = _sniff(bytes(data[:16]))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[declared])
            if image.format != declared:
                raise AvatarRefused(REFUSALS["type"])
            width, height = image.size
            if width < 1 or height < 1 or width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
                raise AvatarRefused(REFUSALS["pixels"])
            image.load()  # decode everything now: a truncated or corrupt file fails here
            image = ImageOps.exif_transpose(image)
    except AvatarRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise AvatarRefused(REFUSALS["pixels"]) from None
    except (OSError, ValueError, SyntaxError, Image.UnidentifiedImageError):
        raise AvatarRefused(REFUSALS["broken"]) from None
    image = _square(image.convert("RGBA" if "A" in image.getbands() else "RGB"))
    encoded: dict[int, bytes] = {}
    for size in SIZES:
        out = io.BytesIO()
        image.resize((size, size), Image.Resampling.LANCZOS).save(out, format="WEBP", quality=85, method=4)
        encoded[size] = out.getvalue()
    return encoded


@dataclass(frozen=True)
class AvatarStore:
    """The avatar files under ``root`` (``<data dir>/avatars``)."""

    root: Path

    def save(self, user_id: int, images: dict[int, bytes]) -> str:
        """Write each size atomically; returns the URL stem (``/avatars/<user>-<hash>``) the pages use."""
        digest = hashlib.sha256(b"".join(images[s] for s in sorted(images))).hexdigest()[:16]
        self.root.mkdir(parents=True, exist_ok=True)
        for size, payload in images.items():
            final = self.root / f"{int(user_id)}-{digest}-{size}.webp"
            temporary = final.with_suffix(".tmp")
            temporary.write_bytes(payload)
            os.replace(temporary, final)
        return f"/avatars/{int(user_id)}-{digest}"

    def path_for(self, name: str) -> Path | None:
        """The file called ``name`` when it is an avatar's name and exists; None for anything else."""
        match = _NAME.match(name)
        if match is None or int(match.group(3)) not in SIZES:
            return None
        path = self.root / name
        return path if path.is_file() else None

    def remove_older(self, user_id: int, keep: str) -> None:
        """Delete the member's earlier avatars (files not of the stem ``keep``)."""
        stem = keep.rsplit("/", 1)[-1]
        for path in self.root.glob(f"{int(user_id)}-*.webp"):
            if not path.name.startswith(stem + "-"):
                path.unlink(missing_ok=True)


def avatar_store(data_dir: Path) -> AvatarStore:
    return AvatarStore(data_dir / "avatars")
