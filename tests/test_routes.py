"""Every link is built by ``forum.routes``: one spelling per page, page 1 without ``?page=``, the comment as an
anchor; and every route the app registers is one of its constants."""

from __future__ import annotations

from forum import routes
from tests.helpers import route_params


def test_thread_links_carry_the_page_past_the_first_and_the_comment_as_an_anchor() -> None:
    assert routes.thread_url("handle-time") == "/t/handle-time"
    assert routes.thread_url("handle-time", page=1) == "/t/handle-time"
    assert routes.thread_url("handle-time", page=3) == "/t/handle-time?page=3"
    assert routes.thread_url("handle-time", page=3, comment=42) == "/t/handle-time?page=3#comment-42"
    assert routes.thread_url("handle-time", comment=42) == "/t/handle-time#comment-42"


def test_board_profile_and_sign_in_links() -> None:
    assert routes.board_url("coaching") == "/b/coaching"
    assert routes.new_thread_url("coaching") == "/b/coaching/new"
    assert routes.profile_url("maya") == "/u/maya"
    assert routes.sign_in_url("/t/x") == "/signin?next=/t/x"
    assert routes.register_url("/t/x") == "/register?next=/t/x"
    assert routes.with_next("", "/settings/profile") == "?next=%2Fsettings%2Fprofile"
    assert routes.with_next("", routes.HOME) == ""
    assert routes.auth_provider_login_url("keycloak", "/b/x") == "/auth/keycloak/login?next=%2Fb%2Fx"


def test_each_builder_gives_a_url_its_route_pattern_matches() -> None:
    assert route_params(routes.thread_url("a-b")) == {routes.THREAD_ARG: "a-b"}
    assert route_params(routes.board_url("c")) == {routes.BOARD_ARG: "c"}
    assert route_params(routes.new_thread_url("c")) == {routes.BOARD_ARG: "c"}
    assert route_params(routes.profile_url("maya")) == {routes.PROFILE_ARG: "maya"}


def test_the_app_registers_exactly_the_page_routes() -> None:
    from forum.app import app

    registered = {"/" + route.strip("/") for route in app._unevaluated_pages}  # Reflex names "/" "index"
    assert registered == {"/index" if route == routes.HOME else route for route in routes.PAGE_ROUTES}
