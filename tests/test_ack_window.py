"""The window that acks consumed messages once their outputs are durable: order, bound and failure."""

from __future__ import annotations

import asyncio

import pytest

from streamer.service.app import AckWindow


class FakeEvent:
    def __init__(self, offset: int, acked: list[int]) -> None:
        self.offset = offset
        self._acked = acked

    def ack(self) -> bool:
        self._acked.append(self.offset)
        return True


def _futures(n: int) -> list[asyncio.Future[None]]:
    loop = asyncio.get_running_loop()
    return [loop.create_future() for _ in range(n)]


async def _settle() -> None:
    for _ in range(3):  # done-callbacks run on the loop's next turns
        await asyncio.sleep(0)


async def test_messages_are_acked_in_consumption_order_never_past_a_pending_one() -> None:
    acked: list[int] = []
    window = AckWindow(limit=10)
    durable = _futures(4)
    for offset, future in enumerate(durable):
        window.track(FakeEvent(offset, acked), future)

    durable[1].set_result(None)
    durable[3].set_result(None)
    await _settle()
    assert acked == [], "offset 0 is still awaiting the broker: nothing after it may be acked"

    durable[0].set_result(None)
    await _settle()
    assert acked == [0, 1], "the durable prefix is acked, offset 3 waits for 2"
    assert len(window) == 2

    durable[2].set_result(None)
    await _settle()
    assert acked == [0, 1, 2, 3]
    assert len(window) == 0


async def test_wait_for_room_blocks_at_the_limit_until_the_oldest_is_durable() -> None:
    acked: list[int] = []
    window = AckWindow(limit=2)
    durable = _futures(2)
    for offset, future in enumerate(durable):
        window.track(FakeEvent(offset, acked), future)

    waiting = asyncio.ensure_future(window.wait_for_room())
    await _settle()
    assert not waiting.done(), "two articles in flight with a limit of two: the agent must wait"

    durable[0].set_result(None)
    await asyncio.wait_for(waiting, 1.0)
    assert acked == [0]
    assert len(window) == 1


async def test_a_failed_send_stops_acking_and_is_raised_to_the_agent() -> None:
    acked: list[int] = []
    window = AckWindow(limit=10)
    durable = _futures(3)
    for offset, future in enumerate(durable):
        window.track(FakeEvent(offset, acked), future)

    durable[0].set_result(None)
    durable[1].set_exception(ConnectionError("broker gone"))
    durable[2].set_result(None)
    await _settle()
    assert acked == [0], "neither the failed article nor any after it is acked, so none is committed"
    with pytest.raises(ConnectionError, match="broker gone"):
        await window.wait_for_room()
