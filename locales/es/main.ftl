## Inicio, eventos y menú principal

start-greeting = ¡Hola, { $name }! Soy el asistente para delegaciones en las reuniones internacionales de la Convención sobre la Prohibición de Minas Antipersonal.
start-event-selected =
    <b>{ $title }</b>
    { $when }{ $where }

    ¿Qué necesita? Elija abajo o escriba directamente su pregunta.
start-event-selected-past =
    <b>{ $title }</b> (evento pasado)
    { $when }{ $where }

    Este evento ya terminó. Aún puede consultar su información.
start-unknown-event = No encontré ningún evento llamado «{ $key }». Estos son los eventos que conozco:
events-choose = ¿Qué evento le interesa?
events-none-upcoming = En este momento no hay eventos en curso ni próximos.
events-none = Todavía no hay eventos publicados. Vuelva a intentarlo más tarde.
events-past-title = Eventos pasados:
events-show-past = 🕘 Eventos pasados
events-past-label = { $title } (pasado)
events-current-label = { $title } (en curso)
event-needed = Primero elija un evento.

menu-prompt = ¿Qué necesita?
menu-programme = 📅 Programa
menu-sponsorship = ✈️ Patrocinio
menu-logistics = 📍 Logística
menu-register = 📝 Inscribirse
menu-ask = ❓ Hacer una pregunta
menu-my-registration = 👤 Mi inscripción
menu-language = 🌐 Idioma
menu-switch-event = 🔁 Otro evento
coming-soon = Esta parte del asistente estará disponible pronto. Mientras tanto, escriba su pregunta o contacte a los organizadores.

## Lugares y formatos

format-in_person = Presencial
format-virtual = Virtual (en línea)
format-hybrid = Híbrido (presencial y en línea)
where-place = { $format } · { $place }
where-virtual = { $format }

## Idioma

language-choose = Elija su idioma:
language-set = Listo: le escribiré en español.

## Ayuda y comandos

help-text =
    Respondo preguntas sobre el programa, el patrocinio y la logística del evento, en español e inglés.

    /start – elegir un evento y abrir el menú
    /event – cambiar de evento
    /register – confirmar su participación o solicitar patrocinio
    /myregistration – ver, cambiar o retirar su inscripción
    /timezone – ver también los horarios en su zona horaria (p. ej. /timezone Lima)
    /language – español o inglés
    /notifications – recordatorios antes de los plazos y del evento: activar o desactivar
    /cancel – detener lo que está haciendo
    /mydata – todo lo que se guarda sobre usted
    /forget – borrar sus datos
    /help – este mensaje

    También puede escribir directamente una pregunta, por ejemplo «¿Cuándo empieza?».
cmd-start = Elegir un evento y abrir el menú
cmd-event = Cambiar de evento
cmd-language = Cambiar de idioma (español / inglés)
cmd-register = Confirmar su participación o solicitar patrocinio
cmd-myregistration = Ver, cambiar o retirar su inscripción
cmd-timezone = Ver los horarios en su propia zona horaria
cmd-cancel = Detener lo que está haciendo
cmd-mydata = Ver todo lo que se guarda sobre usted
cmd-forget = Borrar sus datos
cmd-help = Qué puedo hacer
cmd-notifications = Activar o desactivar recordatorios
# Los comandos de los organizadores (su menú en los grupos de organizadores y en sus chats privados)
cmd-stats = Cifras y un gráfico de las inscripciones de un evento
cmd-export = Inscripciones y solicitudes en archivos CSV y Excel
cmd-find = Buscar a un delegado por nombre, correo o referencia
cmd-registration = Una inscripción completa, por su referencia
cmd-decide = Decidir o cambiar la decisión sobre una solicitud de patrocinio
cmd-audit = El historial de una inscripción, solicitud, código o pregunta
cmd-invite = Un código de invitación para una organización
cmd-floor = La cola del moderador: palabra y preguntas de un debate
cmd-broadcast = Enviar un anuncio a los inscritos
cmd-broadcasts = Anuncios enviados y programados
cmd-broadcast_cancel = Detener el anuncio en curso

## Sugerencias y errores

hint-unknown-command = No conozco ese comando. Envíe /help para ver lo que puedo hacer.
hint-unsupported = Solo puedo leer mensajes de texto. Escriba su pregunta o use los botones del menú.
hint-stale-button = Ese botón ya no es válido. Este es el menú actual.
error-generic = Lo siento, algo falló de mi lado. Vuelva a intentarlo en un momento.
text-shortened = … (texto abreviado)
language-name-en = English
language-name-es = Español

## Organizadores

org-refused = Solo los organizadores pueden hacer esto.
