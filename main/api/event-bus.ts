import { type EventName, type EventPayload, events } from '../contract/events';

export type EventListener = (name: EventName, payload: unknown) => void;

/** Push events to every connected renderer (IPC webContents or bridge WebSocket). */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const checked = events[name].parse(payload);
    for (const listener of this.listeners) listener(name, checked);
  }
}
