// The pane's two icons, drawn here (20 px, currentColor, as Fluent's icons): "more" and "settings".
export function MoreIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
      <circle cx="4.5" cy="10" r="1.5" />
      <circle cx="10" cy="10" r="1.5" />
      <circle cx="15.5" cy="10" r="1.5" />
    </svg>
  );
}

export function SettingsIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.3" aria-hidden="true">
      <circle cx="10" cy="10" r="2.6" />
      <path
        d="M10 2.5l1.3 1.9 2.2-.6.5 2.2 2.2.6-.6 2.2L17.5 10l-1.9 1.3.6 2.2-2.2.5-.6 2.2-2.2-.6L10 17.5l-1.3-1.9-2.2.6-.5-2.2-2.2-.6.6-2.2L2.5 10l1.9-1.3-.6-2.2 2.2-.5.6-2.2 2.2.6z"
        strokeLinejoin="round"
      />
    </svg>
  );
}
