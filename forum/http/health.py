"""``/healthz``: 200 when the database answers, 503 otherwise. For load balancers and `make run` checks."""

from __future__ import annotations

import asyncio

from starlette.requests import Request
from starlette.responses import JSONResponse

from forum.db import ping


async def healthz(_request: Request) -> JSONResponse:
    database_ok = await asyncio.to_thread(ping)
    return JSONResponse({"status": "ok" if database_ok else "unavailable", "database": database_ok},
                        status_code=200 if database_ok else 503,
                        headers={"Cache-Control": "no-store"})
