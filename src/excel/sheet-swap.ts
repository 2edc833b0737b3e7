/**
 * Our sheets (the summary, the snapshots) are replaced whole, never edited in place, so that a
 * command that fails half way leaves the workbook as it was. Each new sheet is written under a
 * temporary name; only the last request renames our old sheets out of the way, gives the new ones
 * their names, places, hides and activates them, and deletes the old ones, deletes coming last.
 * When anything fails before then, `recover` deletes the new sheets and puts names back.
 */
import { SMALL_OPERATION_BYTES, type WriteBatch } from './batch';
import type { SheetVisibility, WorkbookFacts } from './read';
import { SheetNames } from './sheets';

/** What new sheets are called until the last request names them. */
const NEW_SHEET = 'APT_new';
/** What our old sheets are called between being replaced and being deleted, in the same request. */
const OLD_SHEET = 'APT_old';

export interface StageRequest {
  /** The name the sheet should have: it gets the next free one when an officer's sheet has it. */
  wanted: string;
  /** Our sheets it replaces, by name as read: they are deleted once it is in place. */
  replaces: string[];
  /** Where it goes when it replaces nothing; else it takes the place of the first sheet it replaces. */
  place: 'front' | 'end';
  visibility: SheetVisibility;
  activate: boolean;
}

export interface StagedSheet {
  /** The new sheet, under its temporary name until the last request. */
  sheet: Excel.Worksheet;
  /** Its name once in place. */
  name: string;
}

interface Staged extends StageRequest, StagedSheet {
  temporary: string;
}

export class SheetSwap {
  /** Every name a sheet has at some point of the command: temporary names never meet another. */
  private readonly used: SheetNames;
  /** The names the workbook has once the command is done. */
  private readonly final: SheetNames;
  private readonly staged: Staged[] = [];
  private readonly replaced = new Set<string>();

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly facts: WorkbookFacts,
  ) {
    const names = facts.sheets.map((sheet) => sheet.name);
    this.used = new SheetNames(names);
    this.final = new SheetNames(names);
  }

  /** True when a sheet staged earlier in this command already replaces the sheet `name`. */
  isReplaced(name: string): boolean {
    return this.replaced.has(name.toLowerCase());
  }

  /** Adds a new sheet under a temporary name, to be given `wanted` (or the next free name) by `commit`. */
  async stage(batch: WriteBatch, request: StageRequest): Promise<StagedSheet> {
    for (const old of request.replaces) {
      this.final.remove(old);
      this.replaced.add(old.toLowerCase());
    }
    const name = this.final.free(request.wanted);
    this.final.add(name);
    this.used.add(name);
    const temporary = this.used.free(NEW_SHEET);
    this.used.add(temporary);
    await batch.reserve();
    const sheet = this.context.workbook.worksheets.add(temporary);
    const staged: Staged = { ...request, sheet, name, temporary };
    this.staged.push(staged);
    return { sheet, name };
  }

  /**
   * Queues the swap in the current request: the caller's next flush sends it with the last writes.
   * Old sheets are renamed out of the way before the new ones take their names, and deleted last,
   * so a failure before the first delete can still be undone.
   */
  async commit(batch: WriteBatch): Promise<void> {
    const replacedCount = this.staged.reduce((sum, staged) => sum + staged.replaces.length, 0);
    await batch.reserve(SMALL_OPERATION_BYTES * (3 * replacedCount + 4 * this.staged.length));
    const worksheets = this.context.workbook.worksheets;
    // The order of the sheets as each step leaves it, by the name each had when read (or its temporary one).
    const order = [...this.facts.sheets]
      .sort((a, b) => a.position - b.position)
      .map((sheet) => sheet.name)
      .concat(this.staged.map((staged) => staged.temporary));
    const retired = this.staged.flatMap((staged) =>
      staged.replaces.map((old) => {
        const sheet = worksheets.getItem(old);
        const away = this.used.free(OLD_SHEET);
        this.used.add(away);
        sheet.name = away;
        return sheet;
      }),
    );
    for (const staged of this.staged) staged.sheet.name = staged.name;
    for (const staged of this.staged) {
      const target =
        staged.replaces.length > 0 ? order.indexOf(staged.replaces[0]) : staged.place === 'front' ? 0 : -1;
      if (target < 0) continue;
      order.splice(order.indexOf(staged.temporary), 1);
      order.splice(target, 0, staged.temporary);
      staged.sheet.position = target;
    }
    for (const staged of this.staged)
      if (staged.visibility !== 'Visible') staged.sheet.visibility = staged.visibility;
    for (const staged of this.staged) if (staged.activate) staged.sheet.activate();
    for (const old of retired) old.delete();
  }

  /**
   * After a failure: deletes the new sheets and gives the old ones back their names, so the
   * workbook is as it was read. When the failure came after an old sheet was already deleted (the
   * last steps of the swap), the swap is finished instead, and true returned: the command is done.
   * Best effort, in one read and one write; its own failure is not reported, the first one is.
   */
  async recover(): Promise<boolean> {
    if (this.staged.length === 0) return false;
    const { context } = this;
    try {
      const sheets = context.workbook.worksheets.load('items/id,items/name,items/visibility');
      await context.sync();
      const before = new Map(this.facts.sheets.map((sheet) => [sheet.id, sheet]));
      const replacedIds = new Set(
        this.facts.sheets.filter((sheet) => this.isReplaced(sheet.name)).map((sheet) => sheet.id),
      );
      const present = new Set(sheets.items.map((sheet) => sheet.id));
      const swapStarted = [...replacedIds].some((id) => !present.has(id));
      for (const sheet of sheets.items) {
        // Finishing the swap deletes what is left of our old sheets; undoing it deletes the new ones.
        if (swapStarted ? replacedIds.has(sheet.id) : !before.has(sheet.id)) sheet.delete();
      }
      if (!swapStarted) {
        for (const sheet of sheets.items) {
          const original = before.get(sheet.id);
          if (!original) continue;
          if (sheet.name !== original.name) sheet.name = original.name;
          if (sheet.visibility !== original.visibility) sheet.visibility = original.visibility;
        }
        if (this.facts.active) context.workbook.worksheets.getItem(this.facts.active).activate();
      }
      await context.sync();
      return swapStarted;
    } catch {
      return false;
    }
  }
}

/**
 * Runs `work` (which stages sheets and writes them), then the swap, in `batch`; undoes it all when
 * anything fails, and rethrows. Returns what `work` returned.
 */
export async function withSheetSwap<T>(
  context: Excel.RequestContext,
  facts: WorkbookFacts,
  batch: WriteBatch,
  work: (swap: SheetSwap) => Promise<T>,
): Promise<T> {
  const swap = new SheetSwap(context, facts);
  let result: { value: T } | null = null;
  try {
    result = { value: await work(swap) };
    await swap.commit(batch);
    await batch.flush();
    return result.value;
  } catch (error) {
    const finished = await swap.recover();
    if (finished && result) return result.value;
    throw error;
  }
}
