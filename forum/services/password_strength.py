"""Refusing guessable passwords: common ones, breached ones, and ones built from the person's own details.

Uses ``zxcvbn`` (PyPI), whose frequency lists (common and breached passwords, names, English words,
keyboard patterns) ship inside the package: nothing is downloaded at run time and no password leaves the
server. A password passes when zxcvbn estimates at least 10^8 guesses (its score 3, "safely unguessable"
against an online attack with throttling like ours).

zxcvbn's matching grows quickly with length (a 154-character password took ~0.3 s), so a long passphrase
is judged in chunks of 72 characters (zxcvbn's own default limit): the distinct chunks among the first
:data:`MAX_CHARS_JUDGED` characters, their guess estimates multiplied. Repeating a weak chunk gains nothing
(identical chunks count once); the work per registration stays bounded.
"""

from __future__ import annotations

from zxcvbn import zxcvbn

from forum.services.errors import InvalidInput

MIN_GUESSES_LOG10 = 8.0
CHUNK = 72
MAX_CHARS_JUDGED = 4 * CHUNK


def guesses_log10(password: str, user_inputs: list[str]) -> tuple[float, str]:
    """log10 of the estimated guesses for ``password`` and zxcvbn's warning for its first chunk."""
    text = password[:MAX_CHARS_JUDGED]
    chunks = list(dict.fromkeys(text[i:i + CHUNK] for i in range(0, len(text), CHUNK)))
    total, warning = 0.0, ""
    for n, chunk in enumerate(chunks):
        result = zxcvbn(chunk, user_inputs=user_inputs)
        total += float(result["guesses_log10"])
        if n == 0:
            warning = str(result["feedback"].get("warning") or "")
    return total, warning


def check_password_strength(password: str, *, user_inputs: list[str]) -> None:
    """InvalidInput with a plain explanation when ``password`` is too easy to guess."""
    inputs = [part for value in user_inputs if value for part in (value, *value.replace("@", " ").split())]
    score, warning = guesses_log10(password, [*inputs, "frontline", "forum"])
    if score < MIN_GUESSES_LOG10:
        reason = f" ({warning.rstrip('.')})" if warning else ""
        raise InvalidInput(f"That password is too easy to guess{reason}. Try a few unrelated words, "
                           "or a longer phrase only you would think of.")
