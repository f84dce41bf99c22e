import { describe, expect, it } from 'vitest';
import { deckAction } from './keys.ts';

const key = (k: string, mods: { shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}) => ({ key: k, ...mods });

function element(html: string, selector: string): Element {
  document.body.innerHTML = html;
  return document.querySelector(selector)!;
}

describe('deckAction', () => {
  it('maps the presenter’s keys (keyboard and clicker)', () => {
    expect(deckAction(key('ArrowRight'))).toBe('next');
    expect(deckAction(key(' '))).toBe('next');
    expect(deckAction(key('PageDown'))).toBe('next');
    expect(deckAction(key('ArrowLeft'))).toBe('previous');
    expect(deckAction(key('PageUp'))).toBe('previous');
    expect(deckAction(key(' ', { shiftKey: true }))).toBe('previous');
    expect(deckAction(key('Home'))).toBe('first');
    expect(deckAction(key('End'))).toBe('last');
    expect(deckAction(key('f'))).toBe('fullscreen');
    expect(deckAction(key('F', { shiftKey: true }))).toBe('fullscreen');
    expect(deckAction(key('Escape'))).toBe('exit');
    expect(deckAction(key('p'))).toBe('pause');
    expect(deckAction(key('n'))).toBe('notes');
    expect(deckAction(key('x'))).toBeNull();
    expect(deckAction(key('ArrowDown'))).toBeNull();
  });

  it('leaves browser shortcuts alone', () => {
    expect(deckAction(key('f', { ctrlKey: true }))).toBeNull();
    expect(deckAction(key('ArrowLeft', { altKey: true }))).toBeNull();
    expect(deckAction(key('n', { metaKey: true }))).toBeNull();
  });

  it('leaves form fields their keys (typing, a radio group’s arrows)', () => {
    expect(deckAction(key('ArrowRight'), element('<input type="radio" name="l">', 'input'))).toBeNull();
    expect(deckAction(key('n'), element('<input type="text">', 'input'))).toBeNull();
    expect(deckAction(key('End'), element('<textarea></textarea>', 'textarea'))).toBeNull();
    expect(deckAction(key('ArrowLeft'), element('<select><option>a</option></select>', 'select'))).toBeNull();
  });

  it('lets Space press a focused button or link instead of also moving on; arrows still move', () => {
    const button = element('<div><button type="button"><span>Next</span></button></div>', 'span');
    expect(deckAction(key(' '), button)).toBeNull();
    expect(deckAction(key(' '), element('<a href="/">Exit</a>', 'a'))).toBeNull();
    expect(deckAction(key('ArrowRight'), button)).toBe('next');
    expect(deckAction(key(' '), element('<section><p>text</p></section>', 'p'))).toBe('next');
  });
});
