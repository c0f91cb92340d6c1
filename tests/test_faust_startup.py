"""The worker's faust app starts without faust's one-second table-registration sleep (no tables to wait for)."""

from __future__ import annotations

import inspect
import textwrap

import faust.tables

from streamer.config import Settings
from streamer.service.app import TableManager, build_faust_app

# faust 0.15.3's TableManager.on_start, which ours repeats minus its first line. If an upgrade changes it, ours
# must be checked again: this test is the reminder.
FAUST_ON_START = '''
async def on_start(self) -> None:
    """Call when table manager is starting."""
    await self.sleep(1.0)
    if not self.should_stop:
        await self._update_channels()
        await self.recovery.start()
'''


def test_faust_table_manager_start_is_the_one_ours_repeats() -> None:
    assert textwrap.dedent(inspect.getsource(faust.tables.TableManager.on_start)).strip() == FAUST_ON_START.strip()


def test_the_worker_app_uses_the_table_manager_without_the_sleep() -> None:
    app = build_faust_app(Settings(kafka_bootstrap="127.0.0.1:1", app_id="startup-check"))
    assert isinstance(app.tables, TableManager)
    assert "sleep" not in inspect.getsource(TableManager.on_start)
