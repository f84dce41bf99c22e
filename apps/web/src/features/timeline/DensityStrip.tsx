import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { useFormat, useMessages } from '../../i18n/index.tsx';
import { messages } from './messages.ts';
import { addDays, axisTicks, brushCount, brushRange, fitTicks, indexAt, rangeToBrush, type Brush, type DateRange, type WeekCount } from './weeks.ts';

interface Props {
  /** One entry per week, zero-filled and oldest first (see fillWeeks); null while loading. */
  weeks: readonly WeekCount[] | null;
  /** The filter's dates, shown as the current selection. */
  from: string | undefined;
  to: string | undefined;
  onSelect(range: DateRange): void;
  onClear(): void;
}

/** The element's width in pixels, kept up to date; null until measured (or where nothing is laid out). */
function useWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry ? entry.contentRect.width : null));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

const BAR_MIN = 8;
const EMPTY_BAR = 2;

/**
 * Items per week as a strip of bars; brushing it (pointer drag, or arrows + Enter) picks a date range.
 * It is a slider for assistive technology: the value is the week under the keyboard cursor, and its
 * text says which weeks are selected.
 */
export function DensityStrip({ weeks, from, to, onSelect, onClear }: Props) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const hintId = useId();
  const [draft, setDraft] = useState<Brush | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  const dragAnchor = useRef<number | null>(null);
  const axisRef = useRef<HTMLDivElement>(null);
  const axisWidth = useWidth(axisRef);

  const bars = useMemo(() => weeks ?? [], [weeks]);
  const n = bars.length;
  const applied = useMemo(() => rangeToBrush(bars, from, to), [bars, from, to]);
  // A draft from before the weeks changed could point past the end.
  const live = draft && draft.anchor < n && draft.cursor < n ? draft : null;
  const shown = live ?? applied;
  const cursor = Math.min(live?.cursor ?? applied?.cursor ?? n - 1, n - 1);
  const max = useMemo(() => Math.max(1, ...bars.map((w) => w.count)), [bars]);
  const ticks = useMemo(() => fitTicks(axisTicks(bars), bars.length, axisWidth), [bars, axisWidth]);
  const hasDates = from !== undefined || to !== undefined;

  const itemCount = (count: number) => (count === 1 ? t('itemsOne') : t('itemsOther', { n: fmt.number(count) }));
  const weekText = (i: number) => fmt.date(bars[i]?.key ?? '');

  function apply(brush: Brush) {
    const range = brushRange(bars, brush);
    setDraft(null);
    if (range) onSelect(range);
  }

  function at(e: PointerEvent<HTMLDivElement>): number {
    const rect = e.currentTarget.getBoundingClientRect();
    return indexAt(e.clientX - rect.left, rect.width, n);
  }

  function onPointerDown(e: PointerEvent<HTMLDivElement>) {
    if (e.button !== 0 || n === 0) return;
    const i = at(e);
    dragAnchor.current = i;
    setHover(null);
    // Keeps the moves and the release coming here when the pointer leaves the strip mid-drag.
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setDraft({ anchor: i, cursor: i });
  }

  function onPointerMove(e: PointerEvent<HTMLDivElement>) {
    if (n === 0) return;
    const i = at(e);
    const anchor = dragAnchor.current;
    if (anchor === null) setHover(i);
    else setDraft((d) => (d && d.cursor === i ? d : { anchor, cursor: i }));
  }

  function onPointerUp(e: PointerEvent<HTMLDivElement>) {
    const anchor = dragAnchor.current;
    if (anchor === null) return;
    dragAnchor.current = null;
    const i = at(e);
    setHover(i);
    apply({ anchor, cursor: i });
  }

  function onPointerCancel() {
    dragAnchor.current = null;
    setDraft(null);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (n === 0) return;
    const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageDown: -4, PageUp: 4 };
    let next: number | null = null;
    if (e.key in step) next = cursor + (step[e.key] ?? 0);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    if (next !== null) {
      e.preventDefault();
      const c = Math.max(0, Math.min(n - 1, next));
      const anchor = (live ?? applied)?.anchor ?? cursor;
      setDraft(e.shiftKey ? { anchor, cursor: c } : { anchor: c, cursor: c });
    } else if (e.key === 'Enter' && live) {
      e.preventDefault();
      apply(live);
    } else if (e.key === 'Escape' && live) {
      e.preventDefault();
      setDraft(null);
    }
  }

  const selectionText = (brush: Brush) => {
    const range = brushRange(bars, brush);
    return range ? { from: fmt.date(range.from), to: fmt.date(range.to), count: itemCount(brushCount(bars, brush)) } : null;
  };

  let status: string;
  const draftText = live ? selectionText(live) : null;
  if (draftText) status = t('pending', draftText);
  else if (hover !== null && bars[hover]) status = t('weekValue', { week: weekText(hover), count: itemCount(bars[hover].count) });
  else if (hasDates && (bars.length > 0 || (from && to))) {
    // An open end of the range takes the first or last week shown; with no weeks there is none to take.
    const first = bars[0]?.key;
    const last = bars.at(-1)?.key;
    status = t('selection', {
      from: from ? fmt.date(from) : first ? fmt.date(first) : '…',
      to: to ? fmt.date(to) : last ? fmt.date(addDays(last, 6)) : '…',
      count: applied ? itemCount(brushCount(bars, applied)) : itemCount(0),
    });
  }
  else status = t('allDates');

  const shownText = shown ? selectionText(shown) : null;
  const valueText =
    n === 0
      ? t('noWeeks')
      : shownText
        ? t('weekValueSelected', { week: weekText(cursor), count: itemCount(bars[cursor]?.count ?? 0), from: shownText.from, to: shownText.to, total: shownText.count })
        : t('weekValue', { week: weekText(cursor), count: itemCount(bars[cursor]?.count ?? 0) });

  const lo = shown ? Math.min(shown.anchor, shown.cursor) : -1;
  const hi = shown ? Math.max(shown.anchor, shown.cursor) : -1;

  return (
    <div className="tl-density">
      <div className="tl-density-head">
        <span className="tl-density-status">{weeks === null ? '\u00a0' : status}</span>
        <button type="button" className="tl-clear-dates" onClick={onClear} disabled={!hasDates}>
          {t('clearDates')}
        </button>
      </div>
      {weeks === null ? (
        <div className="tl-strip tl-strip-loading" aria-hidden="true" />
      ) : n === 0 ? (
        <div className="tl-strip tl-strip-empty">{t('noWeeks')}</div>
      ) : (
        <div
          className={`tl-strip${live ? ' is-brushing' : ''}`}
          role="slider"
          tabIndex={0}
          aria-label={t('stripLabel')}
          aria-describedby={hintId}
          aria-orientation="horizontal"
          aria-valuemin={0}
          aria-valuemax={n - 1}
          aria-valuenow={cursor}
          aria-valuetext={valueText}
          data-weeks={n}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerCancel}
          onPointerLeave={() => setHover(null)}
          onKeyDown={onKeyDown}
          onBlur={() => setDraft(null)}
        >
          <svg viewBox={`0 0 ${n} 100`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
            {shown ? <rect className="tl-selection" x={lo} width={hi - lo + 1} y={0} height={100} /> : null}
            {bars.map((w, i) => {
              const height = w.count === 0 ? EMPTY_BAR : BAR_MIN + (100 - BAR_MIN) * (w.count / max);
              const cls = w.count === 0 ? 'tl-bar is-empty' : i >= lo && i <= hi ? 'tl-bar is-selected' : 'tl-bar';
              return <rect key={w.key} className={cls} x={i + 0.12} width={0.76} y={100 - height} height={height} />;
            })}
            <rect className="tl-cursor" x={cursor} width={1} y={0} height={100} />
          </svg>
        </div>
      )}
      <div className="tl-axis" aria-hidden="true" ref={axisRef}>
        {ticks.map((tick) => (
          <span key={tick.key} style={{ left: `${(tick.index / n) * 100}%` }}>
            {tick.unit === 'year' ? tick.key.slice(0, 4) : fmt.month(tick.key)}
          </span>
        ))}
      </div>
      <p id={hintId} className="hint tl-hint">
        {t('stripHint')}
      </p>
    </div>
  );
}
