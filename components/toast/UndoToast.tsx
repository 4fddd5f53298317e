/**
 * The notice after 'Turn off on <site>': says what happened and offers Undo, in our shadow root. It takes
 * focus when it appears (the card or panel the reader pressed the button in has just gone), so a keyboard
 * reader lands on Undo; Escape or × closes it.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../lib/i18n/use-i18n';
import './toast.css';

export interface UndoToastProps {
  site: string;
  onUndo: () => void;
  onClose: () => void;
}

export function UndoToast({ site, onUndo, onClose }: UndoToastProps) {
  const i18n = useI18n();
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus({ preventScroll: true }), []);
  const [before, after] = i18n.around('site.turnedOff', 'site');
  return (
    <div
      class="crl-toast"
      role="status"
      data-testid="site-off-toast"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
    >
      <p class="crl-toast-text">
        {before}
        <strong translate={false}>{site}</strong>
        {after}
      </p>
      <button type="button" class="crl-button" ref={undo} onClick={onUndo}>
        {i18n.t('site.undo')}
      </button>
      <button type="button" class="crl-icon" aria-label={i18n.t('common.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
