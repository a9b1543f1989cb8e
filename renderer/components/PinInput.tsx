// A PIN field: digits only (anything else typed is dropped), the numeric keypad on a touch screen,
// at most 8 digits. Masked unless a coordinator is setting someone else's PIN to tell them.
import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<'input'>, 'value' | 'onChange' | 'type'> & {
  value: string;
  onChange: (pin: string) => void;
  masked?: boolean;
};

export function PinInput({ value, onChange, masked = true, className = 'input', ...rest }: Props) {
  return (
    <input
      autoComplete="off"
      {...rest}
      className={className}
      type={masked ? 'password' : 'text'}
      inputMode="numeric"
      maxLength={8}
      value={value}
      onChange={(e) => onChange(e.target.value.replace(/\D/g, ''))}
    />
  );
}
