// Page object for the trainer: the automation contract of ARCHITECTURE §7 (roles and test ids only).
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export type Speed = 'instant' | '1x' | '10x';

export interface GotoOptions {
  speed?: Speed;
  /** A saved lab (?lab=<id>). */
  lab?: string;
  scenario?: string;
  lesson?: string;
  /** #s= payload of a shared link. */
  shared?: string;
}

export class TrainerPage {
  readonly page: Page;
  readonly terminal: Locator;
  readonly input: Locator;
  readonly output: Locator;
  readonly bootlist: Locator;
  readonly lifecycleState: Locator;
  readonly speedControl: Locator;
  readonly narration: Locator;
  readonly led: Locator;
  readonly themeToggle: Locator;
  /** The labs menu: its header button and its dialog. */
  readonly labsButton: Locator;
  readonly labsDialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.terminal = page.getByTestId('terminal');
    this.input = page.getByRole('textbox', { name: 'Command line' });
    this.output = page.getByRole('log', { name: 'Terminal output' });
    this.bootlist = page.getByTestId('diagram.bootlist');
    this.lifecycleState = page.getByTestId('lifecycle.state');
    this.speedControl = page.getByRole('combobox', { name: 'Simulation speed' });
    this.narration = page.getByTestId('diagram.narration');
    this.led = page.getByTestId('boot.led');
    this.themeToggle = page.getByRole('button', { name: 'Dark theme' });
    this.labsButton = page.getByRole('button', { name: 'Saved labs', exact: true });
    this.labsDialog = page.getByRole('dialog', { name: 'Saved labs', exact: true });
  }

  /** Opens the labs menu and waits for its list from the simulator. */
  async openLabs(): Promise<Locator> {
    await this.labsButton.click();
    await expect(this.labsDialog).toBeVisible();
    await expect(this.labsDialog.getByTestId('labs.note')).not.toHaveText('Working…');
    return this.labsDialog.getByRole('list', { name: 'Saved labs' }).getByRole('listitem');
  }

  /** One saved lab's entry in the open labs menu. */
  labItem(id: string): Locator {
    return this.labsDialog.getByTestId(`labs.item.${id}`);
  }

  /** The open lab's id, from the address (?lab=<id>), once the page has named it there. */
  async currentLabId(): Promise<string> {
    await expect(this.page).toHaveURL(/[?&]lab=/);
    return new URL(this.page.url()).searchParams.get('lab')!;
  }

  static url(options: GotoOptions = {}): string {
    const query = new URLSearchParams();
    query.set('speed', options.speed ?? 'instant');
    if (options.lab) query.set('lab', options.lab);
    if (options.scenario) query.set('scenario', options.scenario);
    if (options.lesson) query.set('lesson', options.lesson);
    const hash = options.shared ? `#s=${options.shared}` : '';
    return `/?${query.toString()}${hash}`;
  }

  /** A shared link opened on `page` (another context: "elsewhere") at instant speed, ready for input. */
  static async openLink(page: Page, link: string): Promise<TrainerPage> {
    const url = new URL(link);
    url.searchParams.set('speed', 'instant');
    await page.goto(url.toString());
    const app = new TrainerPage(page);
    await app.waitReady();
    return app;
  }

  async goto(options: GotoOptions = {}): Promise<void> {
    await this.page.goto(TrainerPage.url(options));
    await this.waitReady();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitReady();
  }

  /** The terminal is on screen, takes input and runs nothing. */
  async waitReady(): Promise<void> {
    await expect(this.input).toBeVisible();
    await this.waitIdle();
  }

  async waitIdle(): Promise<void> {
    await expect(this.terminal).toHaveAttribute('data-busy', 'false');
  }

  /** Types a line, presses Enter and waits until the command has finished streaming. */
  async run(line: string): Promise<void> {
    await this.input.fill(line);
    await this.input.press('Enter');
    await this.waitIdle();
  }

  /** Every line of the terminal output as shown. */
  async outputLines(): Promise<string[]> {
    const text = await this.output.innerText();
    return text === '' ? [] : text.split('\n');
  }

  /** The lines printed by the last run of `line` (after its echo `# line`, up to the next echo). */
  async outputOf(line: string, prompt = '# '): Promise<string[]> {
    const lines = await this.outputLines();
    const echo = `${prompt}${line}`;
    const start = lines.lastIndexOf(echo);
    if (start < 0) throw new Error(`"${echo}" is not in the terminal output:\n${lines.join('\n')}`);
    const rest = lines.slice(start + 1);
    const next = rest.findIndex((l) => l.startsWith(prompt));
    return next < 0 ? rest : rest.slice(0, next);
  }

  host(name: string): Locator {
    return this.page.getByTestId(`diagram.host.${name}`);
  }

  disk(name: string): Locator {
    return this.page.getByTestId(`diagram.disk.${name}`);
  }

  vg(name: string): Locator {
    return this.page.getByTestId(`diagram.vg.${name}`);
  }

  /** A tab of the side panel (Details, Lifecycle, Legend). */
  sideTab(name: 'Details' | 'Lifecycle' | 'Legend'): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** A suggested command's button (details panel, boot console): it pastes, never runs. */
  pasteButton(line: string): Locator {
    return this.page.getByRole('button', { name: `Paste into the command line: ${line}`, exact: true });
  }

  /** Whether the console knows a command (from `help`), for specs that wait on commands being built. */
  async knowsCommand(name: string): Promise<boolean> {
    await this.run('help');
    return (await this.outputOf('help')).some((line) => line.trimStart().startsWith(`${name} `));
  }
}
