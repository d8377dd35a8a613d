import './checkbox.css';

/** A large checkbox with its label, for yes/no choices such as "show password". */
export function Checkbox(props: { id: string; label: string; checked: boolean; onChecked(checked: boolean): void; describedBy?: string }) {
  return (
    <div class="checkbox">
      <input
        class="checkbox__input"
        type="checkbox"
        id={props.id}
        checked={props.checked}
        {...(props.describedBy ? { 'aria-describedby': props.describedBy } : {})}
        onChange={(event) => props.onChecked(event.currentTarget.checked)}
      />
      <label class="checkbox__label" for={props.id}>
        {props.label}
      </label>
    </div>
  );
}
