/** The pane's date entry: day first whatever the browser's locale, what it understood, and why not. */
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { I18nextProvider } from 'react-i18next';
import { DateField } from '../../src/taskpane/tabs/shared';
import { createPaneI18n } from '../../src/taskpane/i18n';
import type { PaneLanguage } from '../../src/core/settings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let received: string[];

beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  received = [];
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function Harness({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="As-of date"
      value={value}
      onChange={(next) => {
        received.push(next);
        setValue(next);
      }}
    />
  );
}

async function render(initial = '2015-11-11', language: PaneLanguage = 'en') {
  await act(async () => {
    root.render(
      <I18nextProvider i18n={createPaneI18n(language)}>
        <FluentProvider theme={webLightTheme}>
          <Harness initial={initial} />
        </FluentProvider>
      </I18nextProvider>,
    );
  });
}

function field(): HTMLInputElement {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent === 'As-of date');
  const input = label && document.getElementById(label.htmlFor);
  if (!(input instanceof HTMLInputElement)) throw new Error('No input labelled "As-of date"');
  return input;
}

async function type(text: string) {
  const input = field();
  await act(async () => {
    input.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function leave() {
  await act(async () => field().blur());
}

/** The texts the input is described by (its hint and its message), as a screen reader reads them. */
function description(): string {
  return (field().getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
}

it('shows the ISO value it is given day first, with the day it is', async () => {
  await render('2015-12-09');
  expect(field().value).toBe('09/12/2015');
  expect(field().type).toBe('text');
  expect(description()).toBe('Wednesday 9 December 2015');
});

it.each(['22/11/2026', '22 Nov 2026', '22 November 2026'])(
  'reads "%s" day first and says which day it understood',
  async (text) => {
    await render();
    await type(text);
    expect(received).toEqual(['2026-11-22']);
    expect(description()).toBe('Sunday 22 November 2026');
    expect(field().getAttribute('aria-invalid')).not.toBe('true');
  },
);

it('never reads numbers in US order, and says how to write the date once the officer leaves the field', async () => {
  await render();
  await type('11/22/2026');
  expect(received).toEqual(['']);
  // While typing, only the format is shown: a half-typed date is not an error yet.
  expect(description()).toBe('Day first: 22/11/2026 or 22 Nov 2026');

  await leave();
  expect(field().getAttribute('aria-invalid')).toBe('true');
  expect(description()).toBe(
    'Not understood as a date: that day does not exist. Write the day first, then the month and the year: 22/11/2026 or 22 Nov 2026.',
  );
});

it('refuses a month as a day, saying what it means', async () => {
  await render();
  await type('Nov 2026');
  await leave();
  expect(received).toEqual(['']);
  expect(description()).toBe('“Nov 2026” means November 2026: give one day, for example 22/11/2026.');
});

it('asks for a date when the field is left empty', async () => {
  await render();
  await type('');
  await leave();
  expect(description()).toBe('Enter a date, day first: for example 22/11/2026.');
});

it('clears the message as soon as what is typed is a day', async () => {
  await render();
  await type('31/02/2026');
  await leave();
  expect(field().getAttribute('aria-invalid')).toBe('true');
  await type('28/02/2026');
  expect(received).toEqual(['', '2026-02-28']);
  expect(field().getAttribute('aria-invalid')).not.toBe('true');
  expect(description()).toBe('Saturday 28 February 2026');
});

it('speaks Welsh: the day understood, Welsh month names, and the message', async () => {
  await render('2015-11-11', 'cy');
  expect(description()).toBe('Dydd Mercher 11 Tachwedd 2015');

  await type('9 Rhagfyr 2015');
  expect(received).toEqual(['2015-12-09']);
  expect(description()).toBe('Dydd Mercher 9 Rhagfyr 2015');

  await type('31/02/2016');
  await leave();
  expect(description()).toBe(
    // The first sentence is the date engine's own note (straight apostrophes), the rest the pane's.
    "Heb ei ddeall fel dyddiad: nid yw'r diwrnod hwnnw'n bodoli. Ysgrifennwch y diwrnod yn gyntaf, yna’r mis a’r flwyddyn: 22/11/2026 neu 22 Tach 2026.",
  );
});
